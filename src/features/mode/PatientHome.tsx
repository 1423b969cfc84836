// Patient mode home: when the next photo set is due, the photos so far, and the way in to
// today's check-in. Deliberately simple: one course, no clinical record fields.
import { Link } from 'wouter';
import { formatDate } from '../../app/format';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { BlobImage } from '../../components/BlobImage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { toIsoDate, todayIsoDate } from '../../domain/dates';
import { PHOTO_VIEW_LABELS } from '../../domain/photo';
import { nextDueSession, nextPhotoDue } from '../../domain/schedule';
import { CoursePlanPanel } from '../planning/CoursePlanPanel';
import { CourseProgressPanel } from '../progress/CourseProgressPanel';
import { DueReminders } from '../planning/DueReminders';
import { useCourseTemplate } from '../planning/useTemplates';
import { loadPatientHome } from './loadPatientHome';
import { PatientSetup } from './PatientSetup';
import './mode.css';

/** Most recent photos shown on the home screen. */
const RECENT_PHOTOS = 12;

export function PatientHome() {
  const data = useLiveQuery(loadPatientHome, []);
  const template = useCourseTemplate(data.data?.course?.templateId);
  if (data.status === 'loading') return <Loading />;
  if (!data.data || !data.data.course) return <PatientSetup />;
  if (!template) return <Loading />;
  const { course, sessions, photos } = data.data;
  const today = todayIsoDate();
  const due = nextPhotoDue({
    startDate: course.startDate,
    // capturedAt is a UTC timestamp; the reminder counts in the user's local days.
    photoDates: photos.map((p) => toIsoDate(new Date(p.capturedAt))),
    intervalDays: template.photoReminderIntervalDays,
    today,
  });
  // Photos go into the next planned session (the current check-in), else the last one.
  const target = nextDueSession(sessions) ?? sessions.at(-1);
  const recent = [...photos].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));

  return (
    <>
      <PageHeader title="My progress" subtitle={course.title} />
      <section className="card section" aria-label="Next photos">
        <h2 className="section-title">Next photos due</h2>
        <p
          className={`patient-home__due${due.overdue ? ' is-overdue' : ''}`}
          data-testid="next-photo-due"
        >
          {formatDate(due.dueDate)} —{' '}
          {due.daysUntil > 0
            ? `in ${due.daysUntil} days`
            : due.daysUntil === 0
              ? 'today'
              : `${-due.daysUntil} days overdue`}
        </p>
        {target && (
          <Link href={paths.session(target.id)} className="btn btn--primary">
            Take my photos
          </Link>
        )}
        <DueReminders
          today={today}
          dueText={due.daysUntil <= 0 ? 'Your scalp photos are due — open Trichotrack.' : ''}
        />
      </section>
      <section className="card section" aria-label="Photos so far">
        <h2 className="section-title">Photos so far: {photos.length}</h2>
        <ul className="patient-home__thumbs">
          {recent.slice(0, RECENT_PHOTOS).map((p) => (
            <li key={p.id}>
              <Link href={paths.photo(p.id)}>
                <BlobImage
                  blobId={p.thumb.blobId}
                  alt={`${PHOTO_VIEW_LABELS[p.view]}, ${formatDate(p.capturedAt)}`}
                />
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <CourseProgressPanel courseId={course.id} audience="patient" />
      <CoursePlanPanel course={course} sessions={sessions} patient={data.data.patient} />
    </>
  );
}
