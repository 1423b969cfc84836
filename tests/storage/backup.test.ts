import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { newAnalysis } from '../../src/domain/analysis';
import type { BlobId } from '../../src/domain/ids';
import {
  analysisRepo,
  blobRepo,
  closeStorage,
  courseRepo,
  exportBackup,
  importBackup,
  openStorage,
  patientRepo,
  photoRepo,
  sessionRepo,
  settingsRepo,
  StorageError,
} from '../../src/storage';
import { IDBFactory } from 'fake-indexeddb';
import { makeGraph, setupFreshDb } from './helpers';

setupFreshDb();

async function seed() {
  const g = makeGraph();
  // A trichoscopy close-up with its field of view and hair count: both must survive a backup.
  g.photo = { ...g.photo, view: 'trichoscopy', fieldOfViewMm: 4.5 };
  await patientRepo.put(g.patient);
  await courseRepo.put(g.course);
  await sessionRepo.putMany(g.sessions);
  await photoRepo.addPhotoWithBlobs(g.photo, g.blobs);
  await analysisRepo.put(
    newAnalysis({
      photoId: g.photo.id,
      model: { name: 'hairseg', version: 'hairseg-0.1.0', backend: 'wasm' },
      metrics: [{ region: 'whole', coveragePct: 40 }],
      hairCount: {
        hairs: 17,
        shaftWidthPx: 21,
        scalpPct: 80,
        analysisWidthPx: 2048,
        analysisHeightPx: 1536,
      },
      maskBlobId: 'mask-1' as BlobId,
      durationMs: 5,
    }),
    new Blob([new Uint8Array([9, 9, 9])], { type: 'image/png' }),
  );
  await settingsRepo.set('appMode', 'practitioner');
  return g;
}

async function emptyDb() {
  await closeStorage();
  vi.stubGlobal('indexedDB', new IDBFactory());
  await openStorage();
}

async function unzip(b: Blob) {
  return unzipSync(new Uint8Array(await b.arrayBuffer()));
}

function rezip(files: Record<string, Uint8Array>): Blob {
  return new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

async function expectRejected(file: Blob, text: string) {
  const err = await importBackup(file).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StorageError);
  expect((err as StorageError).kind).toBe('invalid');
  expect((err as StorageError).message).toContain(text);
  expect((err as StorageError).message).toContain('Nothing was imported.');
  expect(await patientRepo.list()).toEqual([]);
  expect(await settingsRepo.all()).toEqual({});
}

describe('backup', () => {
  it('round-trips every record, blob and setting', async () => {
    const g = await seed();
    const backup = await exportBackup();
    const files = await unzip(backup);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'trichotrack-backup',
      formatVersion: 1,
      schemaVersion: 1,
      counts: {
        patients: 1,
        courses: 1,
        sessions: 2,
        photos: 1,
        analyses: 1,
        blobs: 4,
        settings: 1,
      },
    });
    expect(Object.keys(manifest.files)).toHaveLength(Object.keys(files).length - 1);

    await emptyDb();
    const report = await importBackup(backup);
    expect(report.added).toEqual({
      patients: 1,
      courses: 1,
      sessions: 2,
      photos: 1,
      analyses: 1,
      blobs: 4,
      settings: 1,
    });
    const patient = await patientRepo.get(g.patient.id);
    expect(patient).toMatchObject({ code: g.patient.code, rev: 1 });
    expect(await sessionRepo.byCourse(g.course.id)).toHaveLength(2);
    const thumb = await blobRepo.get(g.photo.thumb.blobId);
    expect(thumb!.type).toBe('image/webp');
    expect(new Uint8Array(await thumb!.arrayBuffer())).toEqual(
      new Uint8Array(await g.blobs.thumb.arrayBuffer()),
    );
    expect(await blobRepo.has('mask-1' as BlobId)).toBe(true);
    expect((await photoRepo.get(g.photo.id))?.fieldOfViewMm).toBe(4.5);
    expect((await analysisRepo.byPhoto(g.photo.id))[0]?.hairCount).toMatchObject({ hairs: 17 });
    expect(await settingsRepo.get('appMode')).toBe('practitioner');

    // Importing the same backup again changes nothing.
    const again = await importBackup(backup);
    expect(again.added.patients + again.updated.patients).toBe(0);
    expect(again.kept.blobs).toBe(4);
  });

  it('merges by id: newer local records are kept, older ones updated', async () => {
    const g = await seed();
    const backup = await exportBackup();
    const stored = (await patientRepo.get(g.patient.id))!;
    await patientRepo.put({ ...stored, name: 'Changed after backup' }); // rev 2
    const course = (await courseRepo.get(g.course.id))!;
    await courseRepo.delete(course.id);

    const report = await importBackup(backup);
    expect(report.kept.patients).toBe(1);
    expect(report.added.courses).toBe(1);
    expect((await patientRepo.get(g.patient.id))!.name).toBe('Changed after backup');
    expect(await photoRepo.bySession(g.sessions[0]!.id)).toHaveLength(1);
  });

  it('rejects a tampered blob and writes nothing', async () => {
    await seed();
    const files = await unzip(await exportBackup());
    await emptyDb();
    const blobPath = Object.keys(files).find((p) => p.startsWith('blobs/'))!;
    const changed = files[blobPath]!.slice();
    changed[0] = changed[0]! ^ 0xff;
    await expectRejected(rezip({ ...files, [blobPath]: changed }), 'does not match its checksum');
  });

  it('rejects edited records even when the edit keeps valid JSON', async () => {
    await seed();
    const files = await unzip(await exportBackup());
    await emptyDb();
    const patients = JSON.parse(new TextDecoder().decode(files['records/patients.json']));
    patients[0].code = 'TT-HACKED';
    const edited = { ...files, 'records/patients.json': strToU8(JSON.stringify(patients)) };
    await expectRejected(rezip(edited), 'records/patients.json');
  });

  it('rejects a truncated file, a missing file, an extra file and a foreign zip', async () => {
    await seed();
    const backup = await exportBackup();
    const files = await unzip(backup);
    await emptyDb();
    await expectRejected(backup.slice(0, Math.floor(backup.size * 0.8)), 'cannot be read');
    const { 'records/courses.json': _gone, ...missing } = files;
    void _gone;
    await expectRejected(rezip(missing), 'records/courses.json is missing');
    await expectRejected(
      rezip({ ...files, 'evil.js': strToU8('x') }),
      'evil.js is not in the manifest',
    );
    await expectRejected(rezip({ 'hello.txt': strToU8('hi') }), 'no manifest.json');
    await expectRejected(new Blob(['not a zip']), 'cannot be read');
  });

  it('rejects a backup from a newer schema', async () => {
    await seed();
    const files = await unzip(await exportBackup());
    await emptyDb();
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.schemaVersion = 99;
    await expectRejected(
      rezip({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) }),
      'newer version',
    );
  });

  it('a full disk during import is kind quota and leaves the database as it was', async () => {
    await seed();
    const backup = await exportBackup();
    await emptyDb();
    await settingsRepo.set('appMode', 'patient');
    const proto = globalThis.IDBObjectStore.prototype;
    const original = proto.put;
    vi.spyOn(proto, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'blobs') throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(importBackup(backup)).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await patientRepo.list()).toEqual([]);
    expect(await settingsRepo.all()).toEqual({ appMode: 'patient' });
  });
});
