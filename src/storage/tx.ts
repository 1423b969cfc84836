// The one transaction helper. Every read and write goes through `withTx`, which awaits
// `tx.done` (a write is only "saved" once the transaction commits), aborts the transaction
// when the callback fails (so nothing partial is kept), maps every failure to StorageError,
// uses durability 'strict' for writes, and announces committed changes.
import type { IDBPTransaction } from 'idb';
import { emitChanges, type StorageChange } from './changes';
import { getDb } from './db';
import { toStorageError } from './errors';
import type { StoreName, TrichoSchema } from './schema';

export type Tx<M extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<
  TrichoSchema,
  StoreName[],
  M
>;

export interface TxOptions {
  /** What is being read or saved, for the user-facing error message ("photo"). */
  what?: string;
}

/** Collects change notices inside a write transaction; sent only after commit. */
export class ChangeLog {
  readonly changes: StorageChange[] = [];
  put(store: StoreName, id: string): void {
    this.add(store, id, 'put');
  }
  delete(store: StoreName, id: string): void {
    this.add(store, id, 'delete');
  }
  private add(store: StoreName, id: string, type: StorageChange['type']): void {
    const hit = this.changes.find((c) => c.store === store && c.type === type);
    if (hit) hit.ids.push(id);
    else this.changes.push({ store, ids: [id], type });
  }
}

async function run<R, M extends IDBTransactionMode>(
  stores: StoreName[],
  mode: M,
  fn: (tx: Tx<M>) => Promise<R>,
  what: string,
): Promise<R> {
  let tx: Tx<M>;
  try {
    const db = await getDb();
    tx = db.transaction(stores, mode, {
      durability: mode === 'readwrite' ? 'strict' : 'default',
    });
  } catch (e) {
    throw toStorageError(e, what);
  }
  const done = tx.done;
  // Handled below; this stops an early rejection from being reported as unhandled.
  done.catch(() => undefined);
  try {
    const result = await fn(tx);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    throw toStorageError(e, what, tx.error);
  }
}

/** Runs `fn` in a read-only transaction over `stores`. */
export function readTx<R>(
  stores: StoreName[],
  fn: (tx: Tx<'readonly'>) => Promise<R>,
  options: TxOptions = {},
): Promise<R> {
  return run(stores, 'readonly', fn, options.what ?? 'data');
}

/**
 * Runs `fn` in one durable read-write transaction over `stores`: all of its writes commit
 * together or none does. `fn` must only await requests of `tx` (no fetch, no hashing) or the
 * transaction closes early.
 */
export async function writeTx<R>(
  stores: StoreName[],
  fn: (tx: Tx<'readwrite'>, log: ChangeLog) => Promise<R>,
  options: TxOptions = {},
): Promise<R> {
  const log = new ChangeLog();
  const result = await run(stores, 'readwrite', (tx) => fn(tx, log), options.what ?? 'data');
  emitChanges(log.changes);
  return result;
}
