// The photos of one view across a course's sessions, in session order (then capture time), so
// the viewer can step to the same view in the previous or next session.
import type { SessionId } from '../../domain/ids';
import type { Photo, PhotoView } from '../../domain/photo';

export function sameViewSequence(
  photos: readonly Photo[],
  view: PhotoView,
  sessionNumber: ReadonlyMap<SessionId, number>,
): Photo[] {
  return photos
    .filter((p) => p.view === view && sessionNumber.has(p.sessionId))
    .sort(
      (a, b) =>
        (sessionNumber.get(a.sessionId) ?? 0) - (sessionNumber.get(b.sessionId) ?? 0) ||
        a.capturedAt.localeCompare(b.capturedAt),
    );
}
