// One session on the course timeline: number, planned and actual date, phase, state, photos.
import { Link } from 'wouter';
import { formatDate, labelOf } from '../../app/format';
import { paths } from '../../app/paths';
import { StatusBadge } from '../../components/StatusBadge';
import type { Session } from '../../domain/session';
import { sessionState } from './timeline';

interface Props {
  session: Session;
  photoCount: number;
  today: string;
  isNext: boolean;
}

export function SessionTimelineRow({ session, photoCount, today, isNext }: Props) {
  const state = sessionState(session, today);
  return (
    <li className={`timeline__item timeline__item--${state}${isNext ? ' is-next' : ''}`}>
      <span className="timeline__dot" aria-hidden="true" />
      <Link
        href={paths.session(session.id)}
        className="timeline__card"
        aria-label={`Session ${session.number}`}
      >
        <span className="timeline__number">#{session.number}</span>
        <span className="timeline__dates">
          <span>{formatDate(session.date ?? session.plannedDate)}</span>
          {session.date && session.date !== session.plannedDate && (
            <span className="muted">planned {formatDate(session.plannedDate)}</span>
          )}
        </span>
        <span className="timeline__phase muted">{labelOf(session.phase)}</span>
        <StatusBadge status={state} />
        <span className="timeline__photos" data-testid="photo-count">
          {photoCount} {photoCount === 1 ? 'photo' : 'photos'}
        </span>
        {isNext && <span className="timeline__next">Next due</span>}
      </Link>
    </li>
  );
}
