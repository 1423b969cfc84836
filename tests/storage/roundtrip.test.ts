import { describe, expect, it } from 'vitest';
import type { PatientId, PhotoId } from '../../src/domain/ids';
import { newAnalysis } from '../../src/domain/analysis';
import {
  analysisRepo,
  blobRepo,
  courseRepo,
  patientRepo,
  photoRepo,
  sessionRepo,
  settingsRepo,
  StorageError,
  subscribe,
  type StorageChange,
} from '../../src/storage';
import { makeBlobs, makeGraph, makePhoto, setupFreshDb } from './helpers';

setupFreshDb();

async function storeGraph(g: ReturnType<typeof makeGraph>) {
  await patientRepo.put(g.patient);
  await courseRepo.put(g.course);
  await sessionRepo.putMany(g.sessions);
  await photoRepo.addPhotoWithBlobs(g.photo, g.blobs);
}

describe('storage round trip', () => {
  it('stores and reads back every record type', async () => {
    const g = makeGraph();
    await storeGraph(g);

    expect(await patientRepo.get(g.patient.id)).toMatchObject({ code: 'TT-0001', rev: 1 });
    expect((await courseRepo.byPatient(g.patient.id)).map((c) => c.id)).toEqual([g.course.id]);
    expect((await sessionRepo.byCourse(g.course.id)).map((s) => s.number)).toEqual([1, 2]);
    expect(await sessionRepo.byPatient(g.patient.id)).toHaveLength(2);
    expect((await photoRepo.bySession(g.sessions[0]!.id)).map((p) => p.id)).toEqual([g.photo.id]);
    expect(await photoRepo.byPatient(g.patient.id)).toHaveLength(1);
    expect((await photoRepo.findBySha256('A'.repeat(64))).map((p) => p.id)).toEqual([g.photo.id]);

    const original = await blobRepo.get(g.photo.original.blobId);
    expect(original).toBeInstanceOf(Blob);
    expect(original!.type).toBe('image/jpeg');
    expect(new Uint8Array(await original!.arrayBuffer())).toEqual(
      new Uint8Array(await g.blobs.original.arrayBuffer()),
    );
    expect((await blobRepo.get(g.photo.thumb.blobId))!.type).toBe('image/webp');
  });

  it('bumps rev and updatedAt on each put and keeps createdAt', async () => {
    const g = makeGraph();
    const first = await patientRepo.put(g.patient);
    await new Promise((r) => setTimeout(r, 5));
    const second = await patientRepo.put({ ...first, name: 'Anna Karenina' });
    expect(first.rev).toBe(1);
    expect(second.rev).toBe(2);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    // A stale copy (rev 1) still moves rev forward rather than back.
    const third = await patientRepo.put(first);
    expect(third.rev).toBe(3);
  });

  it('searches patients by code or name, case-insensitively', async () => {
    await patientRepo.put(makeGraph('TT-0002').patient);
    await patientRepo.put({ ...makeGraph('TT-0010').patient, name: 'Boris' });
    expect((await patientRepo.list()).map((p) => p.code)).toEqual(['TT-0002', 'TT-0010']);
    expect((await patientRepo.search('tt-001')).map((p) => p.code)).toEqual(['TT-0010']);
    expect((await patientRepo.search('bor')).map((p) => p.code)).toEqual(['TT-0010']);
    expect(await patientRepo.search('  ')).toHaveLength(2);
    expect(await patientRepo.getByCode('TT-0002')).toHaveLength(1);
  });

  it('rejects an invalid record on write with kind invalid and field details', async () => {
    const g = makeGraph();
    const err = await patientRepo.put({ ...g.patient, code: ' ' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('invalid');
    expect((err as StorageError).details).toEqual(['Patient.code must not be empty']);
    expect(await patientRepo.list()).toEqual([]);
  });

  it('rejects photo blobs whose size does not match the record', async () => {
    const g = makeGraph();
    const wrong = { ...g.blobs, thumb: new Blob([new Uint8Array(3)]) };
    await expect(photoRepo.addPhotoWithBlobs(g.photo, wrong)).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('deletes a patient with all courses, sessions, photos, blobs and analyses', async () => {
    const g = makeGraph();
    const other = makeGraph('TT-0099');
    await storeGraph(g);
    await storeGraph(other);
    const analysis = newAnalysis({
      photoId: g.photo.id,
      model: { name: 'hairseg', version: 'hairseg-0.1.0', backend: 'wasm' },
      metrics: [{ region: 'whole', coveragePct: 61.5 }],
      maskBlobId: 'mask-1' as never,
      durationMs: 1200,
    });
    await analysisRepo.put(analysis, new Blob([new Uint8Array(10)], { type: 'image/png' }));
    expect(await analysisRepo.byPhoto(g.photo.id)).toHaveLength(1);
    expect(await analysisRepo.byPhotos([g.photo.id, other.photo.id])).toEqual(
      await analysisRepo.byPhoto(g.photo.id),
    );
    expect(await analysisRepo.byPhotos([])).toEqual([]);
    expect(await blobRepo.has('mask-1' as never)).toBe(true);

    await patientRepo.delete(g.patient.id);

    expect(await patientRepo.get(g.patient.id)).toBeUndefined();
    expect(await courseRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await sessionRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await photoRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await analysisRepo.byPhoto(g.photo.id)).toEqual([]);
    for (const id of [g.photo.original.blobId, g.photo.working.blobId, g.photo.thumb.blobId]) {
      expect(await blobRepo.get(id)).toBeUndefined();
    }
    expect(await blobRepo.has('mask-1' as never)).toBe(false);
    // The other patient is untouched.
    expect(await photoRepo.byPatient(other.patient.id)).toHaveLength(1);
    expect(await blobRepo.has(other.photo.original.blobId)).toBe(true);
  });

  it('deletes a photo with its blobs', async () => {
    const g = makeGraph();
    await storeGraph(g);
    const second = makePhoto(g.patient.id, g.sessions[0]!.id, makeBlobs(2), 'b'.repeat(64));
    await photoRepo.addPhotoWithBlobs(second, makeBlobs(2));
    await photoRepo.delete(g.photo.id as PhotoId);
    expect((await photoRepo.bySession(g.sessions[0]!.id)).map((p) => p.id)).toEqual([second.id]);
    expect(await blobRepo.has(g.photo.working.blobId)).toBe(false);
    expect(await blobRepo.has(second.working.blobId)).toBe(true);
  });

  it('refuses a photo metadata update whose blobs are missing', async () => {
    const g = makeGraph();
    await expect(photoRepo.put(g.photo)).rejects.toMatchObject({ kind: 'not-found' });
    await storeGraph(g);
    const updated = await photoRepo.put({ ...g.photo, rev: 1, note: 'parted left' });
    expect(updated).toMatchObject({ note: 'parted left', rev: 2 });
  });

  it('repairs records on read and leaves unrepairable ones out of lists', async () => {
    const g = makeGraph();
    await sessionRepo.put(g.sessions[0]!);
    // Write broken data directly, as an older build or a bug might have.
    const { getDb } = await import('../../src/storage/db');
    const db = await getDb();
    const raw = { ...g.sessions[1]!, status: 'weird' } as Record<string, unknown>;
    delete raw.products;
    delete raw.sideEffects;
    await db.put('sessions', raw as never);
    await db.put('sessions', { id: 'broken', courseId: g.course.id } as never);
    const warn = (await import('vitest')).vi.spyOn(console, 'warn').mockImplementation(() => {});

    const list = await sessionRepo.byCourse(g.course.id);
    expect(list.map((s) => s.number)).toEqual([1, 2]);
    expect(list[1]).toMatchObject({ status: 'planned', products: [], sideEffects: [] });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('stores settings as key/value pairs', async () => {
    expect(await settingsRepo.get('onboardingDone', false)).toBe(false);
    await settingsRepo.set('onboardingDone', true);
    await settingsRepo.set('appMode', 'clinic');
    expect(await settingsRepo.get<boolean>('onboardingDone')).toBe(true);
    expect(await settingsRepo.all()).toEqual({ onboardingDone: true, appMode: 'clinic' });
    await settingsRepo.delete('appMode');
    expect(await settingsRepo.get('appMode')).toBeUndefined();
  });

  it('notifies subscribers after a write commits', async () => {
    const seen: StorageChange[][] = [];
    const stop = subscribe((c) => seen.push(c));
    const g = makeGraph();
    await photoRepo.addPhotoWithBlobs(g.photo, g.blobs);
    stop();
    await patientRepo.put(g.patient);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual([
      {
        store: 'blobs',
        type: 'put',
        ids: [g.photo.original.blobId, g.photo.working.blobId, g.photo.thumb.blobId],
      },
      { store: 'photos', type: 'put', ids: [g.photo.id] },
    ]);
  });

  it('get of a missing patient is undefined; getOrThrow says not-found', async () => {
    expect(await patientRepo.get('nope' as PatientId)).toBeUndefined();
    await expect(patientRepo.getOrThrow('nope' as PatientId)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('deleting a course removes its sessions, photos and blobs but not the patient', async () => {
    const g = makeGraph();
    await storeGraph(g);
    await courseRepo.delete(g.course.id);
    expect(await patientRepo.get(g.patient.id)).toBeDefined();
    expect(await sessionRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await photoRepo.byPatient(g.patient.id)).toEqual([]);
    expect(await blobRepo.has(g.photo.original.blobId)).toBe(false);
  });
});
