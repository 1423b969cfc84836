// Test fixtures for storage tests: a fresh in-memory IndexedDB per test and small records.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { newCourse } from '../../src/domain/course';
import type { BlobId, PatientId, SessionId } from '../../src/domain/ids';
import { newId } from '../../src/domain/ids';
import { newPatient, type Patient } from '../../src/domain/patient';
import { newPhoto, type Photo } from '../../src/domain/photo';
import { newSession } from '../../src/domain/session';
import { closeStorage, openStorage, type PhotoBlobs } from '../../src/storage';

/** Gives every test its own empty IndexedDB and an open connection to it. */
export function setupFreshDb(): void {
  beforeEach(async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    await openStorage();
  });
  afterEach(async () => {
    await closeStorage();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

export function bytes(n: number, seed = 1): Uint8Array<ArrayBuffer> {
  const a = new Uint8Array(n);
  for (let i = 0; i < n; i++) a[i] = (i * 31 + seed) & 255;
  return a;
}

export function makeBlobs(seed = 1): PhotoBlobs {
  return {
    original: new Blob([bytes(300, seed)], { type: 'image/jpeg' }),
    working: new Blob([bytes(200, seed)], { type: 'image/jpeg' }),
    thumb: new Blob([bytes(50, seed)], { type: 'image/webp' }),
  };
}

export function makePhoto(
  patientId: PatientId,
  sessionId: SessionId,
  blobs: PhotoBlobs,
  sha = 'a'.repeat(64),
): Photo {
  const ref = (b: Blob, w: number) => ({
    blobId: newId<BlobId>(),
    mimeType: b.type,
    byteLength: b.size,
    widthPx: w,
    heightPx: w,
  });
  return newPhoto({
    patientId,
    sessionId,
    view: 'vertex',
    capturedAt: '2026-03-01T10:00:00.000Z',
    capturedAtSource: 'exif',
    widthPx: 4000,
    heightPx: 3000,
    sha256: sha,
    fileName: 'IMG_0001.jpg',
    original: ref(blobs.original, 4000),
    working: ref(blobs.working, 2048),
    thumb: ref(blobs.thumb, 320),
  });
}

/** A patient with one course, two sessions and (optionally) a photo in session 1. */
export function makeGraph(code = 'TT-0001') {
  const patient: Patient = newPatient({ code, name: 'Anna K', sex: 'female' });
  const course = newCourse({ patientId: patient.id, title: 'Meso spring', plannedSessions: 8 });
  const sessions = [1, 2].map((number) =>
    newSession({
      courseId: course.id,
      patientId: patient.id,
      number,
      plannedDate: '2026-03-0' + number,
    }),
  );
  const blobs = makeBlobs();
  const photo = makePhoto(patient.id, sessions[0]!.id, blobs);
  return { patient, course, sessions, photo, blobs };
}
