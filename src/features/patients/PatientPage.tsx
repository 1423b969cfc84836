// Patient page: who the patient is, and their treatment courses with "New course".
import { Link, useParams } from 'wouter';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import type { PatientId } from '../../domain/ids';
import { CourseCard } from '../courses/CourseCard';
import { loadPatientOverview } from './loadPatientOverview';
import { PatientFacts } from './PatientFacts';
import { IntakePanel } from '../intake/IntakePanel';

export function PatientPage() {
  const { patientId } = useParams<{ patientId: PatientId }>();
  const overview = useLiveQuery(() => loadPatientOverview(patientId), [patientId]);

  if (overview.status !== 'ready') return <Loading />;
  if (!overview.data) return <NotFound what="patient" />;
  const { patient, courses, photoCountBySession } = overview.data;

  const newCourse = (
    <Link href={paths.newCourse(patient.id)} className="btn btn--primary">
      New course
    </Link>
  );

  return (
    <>
      <PageHeader
        title={<span className="patient-code">{patient.code}</span>}
        subtitle={patient.name}
        back={{ href: paths.patients(), label: 'Patients' }}
        actions={newCourse}
      />
      <PatientFacts patient={patient} />
      <h2 className="section-title">Courses</h2>
      {courses.length === 0 ? (
        <EmptyState title="No course yet">
          <p>Plan a treatment course to schedule sessions and collect photos.</p>
          {newCourse}
        </EmptyState>
      ) : (
        <ul className="card-list" aria-label="Courses">
          {courses.map(({ course, sessions }) => (
            <CourseCard
              key={course.id}
              course={course}
              sessions={sessions}
              photoCount={sessions.reduce((n, s) => n + (photoCountBySession.get(s.id) ?? 0), 0)}
            />
          ))}
        </ul>
      )}
      {/* Below the courses: the practitioner comes here mostly to open a course; the panel
          still announces a missing consent in its summary line. */}
      <IntakePanel patient={patient} />
    </>
  );
}
