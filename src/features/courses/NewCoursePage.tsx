// Screen for planning a new course for a patient; on save it opens the course timeline.
import { useLocation, useParams } from 'wouter';
import { addCourseWithSessions } from '../../app/data';
import { reportError } from '../../app/errorStore';
import { paths } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import type { PatientId } from '../../domain/ids';
import { BUILT_IN_TEMPLATES } from '../../domain/templates';
import { useTemplateList } from '../planning/useTemplates';
import { NewCourseForm } from './NewCourseForm';
import { planCourse, type NewCourseValues } from './planCourse';

export function NewCoursePage() {
  const { patientId } = useParams<{ patientId: PatientId }>();
  const [, navigate] = useLocation();
  const templates = useTemplateList() ?? BUILT_IN_TEMPLATES;

  async function create(values: NewCourseValues) {
    const { course, sessions } = planCourse(patientId, values, templates);
    try {
      await addCourseWithSessions(course, sessions);
      navigate(paths.course(course.id), { replace: true });
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <>
      <PageHeader title="New course" back={{ href: paths.patient(patientId), label: 'Patient' }} />
      <NewCourseForm
        templates={templates}
        onSubmit={create}
        onCancel={() => navigate(paths.patient(patientId))}
      />
    </>
  );
}
