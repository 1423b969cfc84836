// Creating and repairing the RecordMeta fields (createdAt, updatedAt, rev, schemaVersion).
// Storage bumps rev/updatedAt on each put; factories start records at rev 0.
import { isObject, type Obj } from './check';
import { isIsoTimestamp, nowIso } from './dates';
import { SCHEMA_VERSION, type RecordMeta } from './record';

export function newMeta(now: Date = new Date()): RecordMeta {
  const t = nowIso(now);
  return { createdAt: t, updatedAt: t, rev: 0, schemaVersion: SCHEMA_VERSION };
}

/** The meta fields of `x`, repaired where missing (a record from an older build or a backup). */
export function repairMeta(x: Obj): RecordMeta {
  const created = isIsoTimestamp(x.createdAt) ? x.createdAt : undefined;
  const updated = isIsoTimestamp(x.updatedAt) ? x.updatedAt : undefined;
  const fallback = '1970-01-01T00:00:00.000Z';
  return {
    createdAt: created ?? updated ?? fallback,
    updatedAt: updated ?? created ?? fallback,
    rev: typeof x.rev === 'number' && Number.isInteger(x.rev) && x.rev >= 0 ? x.rev : 0,
    schemaVersion:
      typeof x.schemaVersion === 'number' && Number.isInteger(x.schemaVersion)
        ? x.schemaVersion
        : SCHEMA_VERSION,
  };
}

/** A copy of `record` with rev + 1 and updatedAt = now: what storage writes on each put. */
export function bumpMeta<T extends RecordMeta>(
  record: T,
  previous?: RecordMeta,
  now: Date = new Date(),
): T {
  const rev = Math.max(record.rev, previous?.rev ?? 0) + 1;
  return {
    ...record,
    createdAt: previous?.createdAt ?? record.createdAt,
    updatedAt: nowIso(now),
    rev,
    schemaVersion: SCHEMA_VERSION,
  };
}

/** Shallow copy of an object record with repaired meta, for normalisers. */
export function withRepairedMeta(x: unknown): Obj | undefined {
  return isObject(x) ? { ...x, ...repairMeta(x) } : undefined;
}
