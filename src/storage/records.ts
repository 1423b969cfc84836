// Shared read/write rules for JSON records: validate before a write (fail loud), bump
// rev/updatedAt inside the write transaction, and normalise after a read (repair what can be
// repaired; a record that cannot be repaired is reported and left out of lists).
import { bumpMeta } from '../domain/meta';
import type { Result } from '../domain/result';
import { StorageError, messageFor } from './errors';
import type { TrichoSchema } from './schema';
import type { ChangeLog, Tx } from './tx';

export type RecordStore = 'patients' | 'courses' | 'sessions' | 'photos' | 'analyses';
export type RecordOf<S extends RecordStore> = TrichoSchema[S]['value'];

/** The value of `result`, or a StorageError of kind 'invalid' listing every problem. */
export function mustBeValid<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  throw new StorageError('invalid', messageFor('invalid', what, result.errors.join('; ')), {
    details: result.errors,
  });
}

/** A repaired record, or undefined (with a console warning) when it cannot be repaired. */
export function repaired<T>(raw: unknown, normalise: (x: unknown) => Result<T>): T | undefined {
  if (raw === undefined) return undefined;
  const r = normalise(raw);
  if (r.ok) return r.value;
  console.warn('Skipping a stored record that cannot be repaired:', r.errors);
  return undefined;
}

/** All repairable records of `raws`. */
export function repairedAll<T>(raws: unknown[], normalise: (x: unknown) => Result<T>): T[] {
  const out: T[] = [];
  for (const raw of raws) {
    const v = repaired(raw, normalise);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Writes an already validated record with rev + 1 and a fresh updatedAt; returns it. */
export async function putBumped<S extends RecordStore>(
  tx: Tx<'readwrite'>,
  store: S,
  record: RecordOf<S>,
  log: ChangeLog,
): Promise<RecordOf<S>> {
  // idb's per-store generics do not narrow through a union of store names; every record
  // store has the same key (id) and value contract, so the widened store type is sound.
  const os = tx.objectStore(store as 'patients');
  const previous = await os.get(record.id);
  const next = bumpMeta(record, previous) as RecordOf<S>;
  await os.put(next as RecordOf<'patients'>);
  log.put(store, record.id);
  return next;
}
