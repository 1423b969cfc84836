// Saving a trichoscopy photo's field of view, and handing it to the patient's other close-ups
// that have none, without overwriting one already set.
import { describe, expect, it } from 'vitest';
import type { Photo } from '../../../src/domain/photo';
import {
  clearFieldOfView,
  photosWithoutFieldOfView,
  saveFieldOfView,
} from '../../../src/features/viewer/fieldOfView';
import { courseRepo, patientRepo, photoRepo, sessionRepo } from '../../../src/storage';
import { makeBlobs, makeGraph, makePhoto, setupFreshDb } from '../../storage/helpers';

setupFreshDb();

async function patientWithPhotos() {
  const g = makeGraph();
  await patientRepo.put(g.patient);
  await courseRepo.put(g.course);
  await sessionRepo.putMany(g.sessions);
  const photo = (n: number, view: Photo['view'], fieldOfViewMm?: number): Photo => ({
    ...makePhoto(g.patient.id, g.sessions[n % 2]!.id, makeBlobs(n), String(n).repeat(64)),
    view,
    ...(fieldOfViewMm !== undefined ? { fieldOfViewMm } : {}),
  });
  const photos = [
    photo(1, 'trichoscopy'),
    photo(2, 'trichoscopy'),
    photo(3, 'trichoscopy', 12),
    photo(4, 'vertex'),
  ];
  for (const p of photos) await photoRepo.addPhotoWithBlobs(p, makeBlobs());
  return photos;
}

describe('field of view', () => {
  it('goes to the photo and to the other close-ups without one, never over one already set', async () => {
    const [first, second, third, vertex] = await patientWithPhotos();
    const others = await photosWithoutFieldOfView(first!);
    expect(others.map((p) => p.id)).toEqual([second!.id]);
    expect(await saveFieldOfView(first!, 6.5, others)).toBe(2);
    expect((await photoRepo.get(first!.id))?.fieldOfViewMm).toBe(6.5);
    expect((await photoRepo.get(second!.id))?.fieldOfViewMm).toBe(6.5);
    expect((await photoRepo.get(third!.id))?.fieldOfViewMm).toBe(12);
    expect((await photoRepo.get(vertex!.id))?.fieldOfViewMm).toBeUndefined();
  });

  it('refuses an impossible width and saves nothing', async () => {
    const [first] = await patientWithPhotos();
    await expect(saveFieldOfView(first!, 0.01)).rejects.toThrow(/0\.5–60 mm/);
    expect((await photoRepo.get(first!.id))?.fieldOfViewMm).toBeUndefined();
  });

  it('saves all the close-ups or none: one that cannot be saved leaves the others as they were', async () => {
    const [first, second] = await patientWithPhotos();
    // A close-up deleted (with its images) in another tab after the list was read.
    await photoRepo.delete(second!.id);
    await expect(saveFieldOfView(first!, 6.5, [second!])).rejects.toThrow(/not found/i);
    expect((await photoRepo.get(first!.id))?.fieldOfViewMm).toBeUndefined();
  });

  it('can be cleared again', async () => {
    const [, , third] = await patientWithPhotos();
    await clearFieldOfView((await photoRepo.get(third!.id))!);
    expect((await photoRepo.get(third!.id))?.fieldOfViewMm).toBeUndefined();
  });
});
