// A course as shown on the patient page: title, treatment, progress and the next due session.
import { Link } from 'wouter';
import { formatDate, labelOf } from '../../app/format';
import { paths } from '../../app/paths';
import type { Course } from '../../domain/course';
import type { Session } from '../../domain/session';
import { todayIsoDate } from '../../domain/dates';
import { nextDueSession } from '../../domain/schedule';
import { relativeDays } from './timeline';

interface Props {
  course: Course;
  sessions: readonly Session[];
  photoCount: number;
}

export function CourseCard({ course, sessions, photoCount }: Props) {
  const done = sessions.filter((s) => s.status === 'done').length;
  const next = nextDueSession(sessions);
  return (
    <li>
      <Link href={paths.course(course.id)} className="card course-card">
        <div className="course-card__head">
          <h3>{course.title}</h3>
          <span className="muted">{labelOf(course.treatment)}</span>
        </div>
        <dl className="facts facts--inline">
          <div>
            <dt>Started</dt>
            <dd>{formatDate(course.startDate)}</dd>
          </div>
          <div>
            <dt>Sessions</dt>
            <dd>
              {done} of {sessions.length} done
            </dd>
          </div>
          <div>
            <dt>Photos</dt>
            <dd>{photoCount}</dd>
          </div>
          <div>
            <dt>Next due</dt>
            <dd>
              {next
                ? `#${next.number}, ${formatDate(next.plannedDate)} (${relativeDays(todayIsoDate(), next.plannedDate)})`
                : 'Course complete'}
            </dd>
          </div>
        </dl>
      </Link>
    </li>
  );
}
