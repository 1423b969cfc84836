// Saving a trichoscopy photo's field of view. A clinic photographs every spot with the same
// scope, so the width entered for one photo can go to the patient's other trichoscopy photos
// that have none yet; a width already set on a photo is never overwritten from another.
import { listPhotosOfPatient, savePhoto, savePhotos } from '../../app/data';
import { fieldOfViewProblem } from '../../domain/density';
import { viewCountsHairs, type Photo } from '../../domain/photo';

/** The patient's other hair-count photos without a field of view. */
export async function photosWithoutFieldOfView(photo: Photo): Promise<Photo[]> {
  const all = await listPhotosOfPatient(photo.patientId);
  return all.filter(
    (p) => p.id !== photo.id && viewCountsHairs(p.view) && p.fieldOfViewMm === undefined,
  );
}

/**
 * Sets the width on `photo` (and on `alsoOn`) in one transaction, so a failure part-way never
 * leaves some of the close-ups with the new width; returns how many photos were saved.
 */
export async function saveFieldOfView(
  photo: Photo,
  widthMm: number,
  alsoOn: readonly Photo[] = [],
): Promise<number> {
  const problem = fieldOfViewProblem(widthMm);
  if (problem) throw new RangeError(problem);
  const saved = await savePhotos([photo, ...alsoOn].map((p) => ({ ...p, fieldOfViewMm: widthMm })));
  return saved.length;
}

/** Clears the width on one photo (its hairs/cm² then shows as unknown again). */
export async function clearFieldOfView(photo: Photo): Promise<void> {
  const rest = { ...photo };
  delete rest.fieldOfViewMm;
  await savePhoto(rest);
}
