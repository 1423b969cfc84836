// Previous / next photo of the same view in the course's other sessions.
import { Link } from 'wouter';
import { paths } from '../../app/paths';
import type { Photo } from '../../domain/photo';

interface Props {
  previous: Photo | undefined;
  next: Photo | undefined;
  sessionNumberOf: (photo: Photo) => number | undefined;
}

export function SameViewNav({ previous, next, sessionNumberOf }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="same-view-nav" aria-label="Same view in other sessions">
      {previous ? (
        <Link href={paths.photo(previous.id)} className="btn">
          ‹ Session {sessionNumberOf(previous)}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={paths.photo(next.id)} className="btn">
          Session {sessionNumberOf(next)} ›
        </Link>
      )}
    </nav>
  );
}
