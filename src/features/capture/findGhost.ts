// Which earlier photo to show as the ghost: the latest photo of the same view from another
// session (so a follow-up lines up with the last visit), else an earlier one from this session.
import type { SessionId } from '../../domain/ids';
import type { Photo, PhotoView } from '../../domain/photo';

export function findGhostPhoto(
  photos: readonly Photo[],
  view: PhotoView,
  sessionId: SessionId,
): Photo | undefined {
  const sameView = photos
    .filter((p) => p.view === view)
    .sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return sameView.find((p) => p.sessionId !== sessionId) ?? sameView[0];
}
