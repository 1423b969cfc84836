// Schema migrations: an ordered list of steps keyed by the database version they produce.
// `runMigrations` applies the steps above the version on disk inside the versionchange
// transaction. Every step checks before it creates, so re-running it (e.g. after an
// interrupted upgrade) is harmless. Steps see an untyped database: old data has old shapes.
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction } from 'idb';
import { STORES } from './schema';

export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type UpgradeStore<S extends string = string> = IDBPObjectStore<
  unknown,
  string[],
  S,
  'versionchange'
>;

export interface Migration {
  /** The database version this step produces (1, 2, ...). */
  version: number;
  description: string;
  /** Runs inside the versionchange transaction; may await requests on `tx`, nothing else. */
  up(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}

/** The store named `name`, created with `keyPath` when it does not exist yet. */
export function ensureStore(
  db: UpgradeDb,
  tx: UpgradeTx,
  name: string,
  keyPath: string,
): UpgradeStore {
  if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
  return tx.objectStore(name);
}

/** Creates index `name` on `store` unless it exists. */
export function ensureIndex<S extends string>(
  store: UpgradeStore<S>,
  name: string,
  keyPath: string,
  options: IDBIndexParameters = {},
): void {
  if (!store.indexNames.contains(name)) store.createIndex(name, keyPath, options);
}

const v1: Migration = {
  version: 1,
  description: 'Initial stores: patients, courses, sessions, photos, blobs, analyses, settings',
  up(db, tx) {
    const patients = ensureStore(db, tx, STORES.patients, 'id');
    ensureIndex(patients, 'code', 'code');
    const courses = ensureStore(db, tx, STORES.courses, 'id');
    ensureIndex(courses, 'patientId', 'patientId');
    const sessions = ensureStore(db, tx, STORES.sessions, 'id');
    ensureIndex(sessions, 'courseId', 'courseId');
    ensureIndex(sessions, 'patientId', 'patientId');
    const photos = ensureStore(db, tx, STORES.photos, 'id');
    ensureIndex(photos, 'sessionId', 'sessionId');
    ensureIndex(photos, 'patientId', 'patientId');
    ensureIndex(photos, 'sha256', 'sha256');
    ensureStore(db, tx, STORES.blobs, 'id');
    const analyses = ensureStore(db, tx, STORES.analyses, 'id');
    ensureIndex(analyses, 'photoId', 'photoId');
    ensureStore(db, tx, STORES.settings, 'key');
  },
};

/** Every migration, oldest first. The last one's version must equal DB_VERSION. */
export const MIGRATIONS: readonly Migration[] = [v1];

/** Applies, in order, the steps with oldVersion < version <= newVersion. */
export async function runMigrations(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const steps = [...migrations]
    .filter((m) => m.version > oldVersion && m.version <= newVersion)
    .sort((a, b) => a.version - b.version);
  for (const step of steps) await step.up(db, tx);
}
