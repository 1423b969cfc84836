// Browser storage guarantees: asking for persistent storage (so the browser does not evict
// photos under pressure) and reading usage/quota. Both degrade to "unsupported"/undefined
// where the StorageManager API is missing (old Safari, tests) instead of throwing.

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

export interface StorageEstimate {
  usageBytes: number;
  quotaBytes: number;
  /** usage / quota in percent, 0 when the quota is unknown. */
  usedPct: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/** Asks the browser to keep our data under storage pressure (navigator.storage.persist). */
export async function requestPersistence(): Promise<PersistenceResult> {
  const sm = storageManager();
  if (!sm || typeof sm.persist !== 'function') return 'unsupported';
  try {
    if (typeof sm.persisted === 'function' && (await sm.persisted())) return 'granted';
    return (await sm.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Whether storage is already persistent; undefined when the browser cannot tell. */
export async function isPersisted(): Promise<boolean | undefined> {
  const sm = storageManager();
  if (!sm || typeof sm.persisted !== 'function') return undefined;
  try {
    return await sm.persisted();
  } catch {
    return undefined;
  }
}

/** Bytes used and available to this origin; undefined where the browser does not say. */
export async function storageEstimate(): Promise<StorageEstimate | undefined> {
  const sm = storageManager();
  if (!sm || typeof sm.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await sm.estimate();
    const usageBytes = usage ?? 0;
    const quotaBytes = quota ?? 0;
    return {
      usageBytes,
      quotaBytes,
      usedPct: quotaBytes > 0 ? (100 * usageBytes) / quotaBytes : 0,
    };
  } catch {
    return undefined;
  }
}
