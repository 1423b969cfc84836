// Opening the database: one shared connection, opened lazily on first use, upgraded through
// MIGRATIONS. It closes itself when another tab needs to upgrade, so that tab is not blocked.
// Tests (and the migration test) open other names/versions via openStorage().
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError, messageFor, toStorageError } from './errors';
import {
  MIGRATIONS,
  runMigrations,
  type Migration,
  type UpgradeDb,
  type UpgradeTx,
} from './migrations';
import { DB_NAME, DB_VERSION, type TrichoSchema } from './schema';

export type TrichoDb = IDBPDatabase<TrichoSchema>;

export interface OpenOptions {
  name?: string;
  version?: number;
  migrations?: readonly Migration[];
}

let current: Promise<TrichoDb> | undefined;
let currentOptions: OpenOptions = {};

async function open(options: OpenOptions): Promise<TrichoDb> {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  if (typeof indexedDB === 'undefined') {
    throw new StorageError('unavailable', messageFor('unavailable', 'data', 'no IndexedDB'));
  }
  let upgradeError: unknown;
  try {
    const db = await openDB<TrichoSchema>(name, version, {
      upgrade(rawDb, oldVersion, newVersion, rawTx) {
        // Migrations work on old, untyped shapes, so they get the untyped handles.
        const udb = rawDb as unknown as UpgradeDb;
        const utx = rawTx as unknown as UpgradeTx;
        // A failed upgrade surfaces through openDB's rejection below, not through tx.done.
        rawTx.done.catch(() => undefined);
        runMigrations(udb, utx, oldVersion, newVersion ?? version, migrations).catch((e) => {
          upgradeError = e;
          try {
            rawTx.abort();
          } catch {
            // already finished or aborted
          }
        });
      },
      blocking() {
        // Another tab wants a newer version: step aside; the next call reopens.
        void db.close();
        current = undefined;
      },
      terminated() {
        current = undefined;
      },
    });
    return db;
  } catch (e) {
    if (upgradeError === undefined) throw toStorageError(e, 'data');
    const text = upgradeError instanceof Error ? upgradeError.message : String(upgradeError);
    throw new StorageError(
      'unknown',
      `Updating the stored data for this app version failed, so nothing was changed (${text}). Reload to try again.`,
      { cause: upgradeError },
    );
  }
}

/** Opens (or reopens) the shared connection with these options; closes any previous one. */
export async function openStorage(options: OpenOptions = {}): Promise<TrichoDb> {
  await closeStorage();
  currentOptions = options;
  const p = open(options);
  current = p;
  p.catch(() => {
    if (current === p) current = undefined;
  });
  return p;
}

/** The shared connection, opened on first use. */
export function getDb(): Promise<TrichoDb> {
  if (!current) {
    const p = open(currentOptions);
    current = p;
    p.catch(() => {
      if (current === p) current = undefined;
    });
  }
  return current;
}

/** Closes the shared connection (tests, or before deleting the database). */
export async function closeStorage(): Promise<void> {
  const p = current;
  current = undefined;
  if (!p) return;
  try {
    (await p).close();
  } catch {
    // it never opened: nothing to close
  }
}
