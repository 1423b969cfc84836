import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { ensureIndex, type Migration } from '../../src/storage/migrations';
import {
  closeStorage,
  DB_NAME,
  DB_VERSION,
  MIGRATIONS,
  openStorage,
  patientRepo,
  photoRepo,
  StorageError,
} from '../../src/storage';
import { makeGraph, setupFreshDb } from './helpers';

setupFreshDb();

/** Test-only v2: re-runs v1 (must be harmless), adds an index and backfills a field. */
const v2: Migration = {
  version: 2,
  description: 'test: patients index by updatedAt, every patient gets tags: []',
  async up(db, tx) {
    await MIGRATIONS[0]!.up(db, tx);
    ensureIndex(tx.objectStore('patients'), 'updatedAt', 'updatedAt');
    let cursor = await tx.objectStore('patients').openCursor();
    while (cursor) {
      await cursor.update({ ...(cursor.value as object), tags: [] });
      cursor = await cursor.continue();
    }
  },
};

const failingV2: Migration = {
  version: 2,
  description: 'test: a step that fails half-way',
  async up(_db, tx) {
    await tx.objectStore('patients').clear();
    throw new Error('migration bug');
  },
};

async function rawDb(version: number) {
  return openDB(DB_NAME, version);
}

describe('migrations', () => {
  it('the last migration produces DB_VERSION', () => {
    expect(MIGRATIONS.at(-1)!.version).toBe(DB_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('upgrades a v1 database with data to v2 without losing anything', async () => {
    const g = makeGraph();
    await patientRepo.put(g.patient);
    await photoRepo.addPhotoWithBlobs(g.photo, g.blobs);
    await closeStorage();

    await openStorage({ version: 2, migrations: [...MIGRATIONS, v2] });

    expect(await patientRepo.get(g.patient.id)).toMatchObject({ code: g.patient.code, rev: 1 });
    expect(await photoRepo.bySession(g.sessions[0]!.id)).toHaveLength(1);
    await closeStorage();
    const db = await rawDb(2);
    expect(db.version).toBe(2);
    const tx = db.transaction('patients');
    expect(tx.store.indexNames.contains('updatedAt')).toBe(true);
    expect(await tx.store.index('updatedAt').count()).toBe(1);
    expect(await tx.store.get(g.patient.id)).toMatchObject({ tags: [] });
    db.close();
  });

  it('a failing step aborts the upgrade: version and data stay as they were', async () => {
    const g = makeGraph();
    await patientRepo.put(g.patient);
    await closeStorage();

    const err = await openStorage({ version: 2, migrations: [...MIGRATIONS, failingV2] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).message).toContain('migration bug');

    await openStorage();
    expect(await patientRepo.list()).toHaveLength(1);
    await closeStorage();
    const db = await rawDb(1);
    expect(db.version).toBe(1);
    db.close();
  });
});
