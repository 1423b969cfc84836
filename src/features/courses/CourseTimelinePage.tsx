// Course timeline: every session of the course in order, with the next due one marked.
import { useParams } from 'wouter';
import { formatDate, labelOf } from '../../app/format';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { todayIsoDate } from '../../domain/dates';
import type { CourseId } from '../../domain/ids';
import { nextDueSession } from '../../domain/schedule';
import { loadCourseTimeline } from './loadCourseTimeline';
import { SessionTimelineRow } from './SessionTimelineRow';
import { CoursePlanPanel } from '../planning/CoursePlanPanel';
import { CourseProgressPanel } from '../progress/CourseProgressPanel';

export function CourseTimelinePage() {
  const { courseId } = useParams<{ courseId: CourseId }>();
  const timeline = useLiveQuery(() => loadCourseTimeline(courseId), [courseId]);

  if (timeline.status !== 'ready') return <Loading />;
  if (!timeline.data) return <NotFound what="course" />;
  const { course, patient, sessions, photoCountBySession } = timeline.data;
  const today = todayIsoDate();
  const next = nextDueSession(sessions);
  const done = sessions.filter((s) => s.status === 'done').length;

  return (
    <>
      <PageHeader
        title={course.title || labelOf(course.treatment)}
        subtitle={`${patient?.code ?? ''} · ${labelOf(course.treatment)} · from ${formatDate(course.startDate)} · ${done} of ${sessions.length} sessions done`}
        back={{ href: paths.patient(course.patientId), label: patient?.code ?? 'Patient' }}
      />
      <CoursePlanPanel course={course} sessions={sessions} patient={patient} />
      <ol className="timeline" aria-label="Sessions">
        {sessions.map((s) => (
          <SessionTimelineRow
            key={s.id}
            session={s}
            photoCount={photoCountBySession.get(s.id) ?? 0}
            today={today}
            isNext={s.id === next?.id}
          />
        ))}
      </ol>
      <CourseProgressPanel courseId={course.id} audience="practitioner" />
    </>
  );
}
