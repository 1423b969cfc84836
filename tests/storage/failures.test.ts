import { describe, expect, it, vi } from 'vitest';
import { toStorageError } from '../../src/storage/errors';
import { blobRepo, patientRepo, photoRepo, sessionRepo, StorageError } from '../../src/storage';
import { makeGraph, setupFreshDb } from './helpers';

setupFreshDb();

/** Makes put() on `storeName` throw `error` on its `nth` call (1-based); others run normally. */
function failPut(storeName: string, error: unknown, nth = 1) {
  const proto = globalThis.IDBObjectStore.prototype;
  const original = proto.put;
  let calls = 0;
  return vi.spyOn(proto, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === storeName && ++calls === nth) throw error;
    return original.apply(this, args);
  });
}

describe('failed writes leave nothing partial and surface as StorageError', () => {
  it('addPhotoWithBlobs stores nothing when one blob put fails', async () => {
    const g = makeGraph();
    failPut('blobs', new DOMException('clone failed', 'DataCloneError'), 2);

    const err = await photoRepo.addPhotoWithBlobs(g.photo, g.blobs).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(StorageError);
    expect(await photoRepo.get(g.photo.id)).toBeUndefined();
    expect(await blobRepo.has(g.photo.original.blobId)).toBe(false);
    expect(await blobRepo.has(g.photo.working.blobId)).toBe(false);
    expect(await blobRepo.has(g.photo.thumb.blobId)).toBe(false);
  });

  it('a full disk is kind quota with a message that says what was not saved', async () => {
    const g = makeGraph();
    failPut('blobs', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 3);

    const err = await photoRepo.addPhotoWithBlobs(g.photo, g.blobs).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('quota');
    expect((err as StorageError).message).toBe(
      'The device storage is full: the photo was not saved. Free space or export a backup, then try again.',
    );
    expect((err as StorageError).cause).toBeInstanceOf(DOMException);
    expect(await photoRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await blobRepo.has(g.photo.original.blobId)).toBe(false);
  });

  it('an aborted transaction is kind aborted and the batch is not written', async () => {
    const g = makeGraph();
    failPut('sessions', new DOMException('aborted', 'AbortError'), 2);

    await expect(sessionRepo.putMany(g.sessions)).rejects.toMatchObject({ kind: 'aborted' });
    expect(await sessionRepo.byCourse(g.course.id)).toEqual([]);
  });

  it('a quota abort reported on tx.error maps to quota', () => {
    const abort = new DOMException('aborted', 'AbortError');
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStorageError(abort, 'photo', quota).kind).toBe('quota');
    expect(toStorageError(abort, 'photo', null).kind).toBe('aborted');
    expect(toStorageError(new Error('boom')).kind).toBe('unknown');
    expect(toStorageError(new DOMException('x', 'VersionError')).kind).toBe('unavailable');
  });

  it('storage keeps working after a failed transaction', async () => {
    const g = makeGraph();
    const spy = failPut('patients', new DOMException('full', 'QuotaExceededError'));
    await expect(patientRepo.put(g.patient)).rejects.toMatchObject({ kind: 'quota' });
    spy.mockRestore();
    await patientRepo.put(g.patient);
    expect(await patientRepo.list()).toHaveLength(1);
  });
});
