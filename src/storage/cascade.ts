// Deleting a record together with everything that hangs off it, inside the caller's
// transaction: patient -> courses -> sessions -> photos -> blobs + analyses (+ mask blobs).
// Stored data may be malformed, so ids are read defensively.
import { isObject } from '../domain/check';
import type { StoreName } from './schema';
import type { ChangeLog, Tx } from './tx';

export const PHOTO_CASCADE: StoreName[] = ['photos', 'blobs', 'analyses'];
export const SESSION_CASCADE: StoreName[] = ['sessions', ...PHOTO_CASCADE];
export const COURSE_CASCADE: StoreName[] = ['courses', ...SESSION_CASCADE];
export const PATIENT_CASCADE: StoreName[] = ['patients', ...COURSE_CASCADE];

type WTx = Tx<'readwrite'>;

async function deleteBlob(tx: WTx, id: unknown, log: ChangeLog): Promise<void> {
  if (typeof id !== 'string' || id === '') return;
  await tx.objectStore('blobs').delete(id);
  log.delete('blobs', id);
}

export async function deleteAnalysisCascade(tx: WTx, id: string, log: ChangeLog): Promise<void> {
  const a: unknown = await tx.objectStore('analyses').get(id);
  if (isObject(a)) await deleteBlob(tx, a.maskBlobId, log);
  await tx.objectStore('analyses').delete(id);
  log.delete('analyses', id);
}

export async function deletePhotoCascade(tx: WTx, id: string, log: ChangeLog): Promise<void> {
  const photo: unknown = await tx.objectStore('photos').get(id);
  if (isObject(photo)) {
    for (const k of ['original', 'working', 'thumb'] as const) {
      const ref = photo[k];
      if (isObject(ref)) await deleteBlob(tx, ref.blobId, log);
    }
  }
  const analysisIds = await tx.objectStore('analyses').index('photoId').getAllKeys(id);
  for (const a of analysisIds) await deleteAnalysisCascade(tx, a, log);
  await tx.objectStore('photos').delete(id);
  log.delete('photos', id);
}

export async function deleteSessionCascade(tx: WTx, id: string, log: ChangeLog): Promise<void> {
  const photoIds = await tx.objectStore('photos').index('sessionId').getAllKeys(id);
  for (const p of photoIds) await deletePhotoCascade(tx, p, log);
  await tx.objectStore('sessions').delete(id);
  log.delete('sessions', id);
}

export async function deleteCourseCascade(tx: WTx, id: string, log: ChangeLog): Promise<void> {
  const sessionIds = await tx.objectStore('sessions').index('courseId').getAllKeys(id);
  for (const s of sessionIds) await deleteSessionCascade(tx, s, log);
  await tx.objectStore('courses').delete(id);
  log.delete('courses', id);
}

export async function deletePatientCascade(tx: WTx, id: string, log: ChangeLog): Promise<void> {
  const courseIds = await tx.objectStore('courses').index('patientId').getAllKeys(id);
  for (const c of courseIds) await deleteCourseCascade(tx, c, log);
  // Sessions or photos whose course was already gone still belong to the patient.
  const sessionIds = await tx.objectStore('sessions').index('patientId').getAllKeys(id);
  for (const s of sessionIds) await deleteSessionCascade(tx, s, log);
  const photoIds = await tx.objectStore('photos').index('patientId').getAllKeys(id);
  for (const p of photoIds) await deletePhotoCascade(tx, p, log);
  await tx.objectStore('patients').delete(id);
  log.delete('patients', id);
}
