// Stores one demo JPEG through the same import path as the user's photos (importPhotos), so
// demo photos get working copies and thumbnails exactly like real ones.
import type { PatientId, SessionId } from '../../domain/ids';
import type { Photo, PhotoView } from '../../domain/photo';
import { importPhotos } from '../../import';

/** The stored photo; undefined when the same bytes are already in this patient's photos. */
export async function importDemoPhoto(
  file: File,
  target: { patientId: PatientId; sessionId: SessionId; view: PhotoView },
): Promise<Photo | undefined> {
  const report = await importPhotos([file], target);
  const outcome = report.outcomes[0];
  if (!outcome || outcome.status === 'duplicate') return undefined;
  if (outcome.status === 'stored') return outcome.photo;
  throw new Error(outcome.message);
}
