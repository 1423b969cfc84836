// Settings: small key/value pairs (app mode, onboarding done, ...). Values must be
// structured-cloneable plain data.
import { readTx, writeTx } from '../tx';

const what = 'setting';

/** Known keys, so features agree on spelling. Others may be added freely. */
export const SETTING_KEYS = {
  appMode: 'appMode',
  onboardingDone: 'onboardingDone',
  persistenceRequested: 'persistenceRequested',
} as const;

export const settingsRepo = {
  /** The stored value, or `fallback` when the key was never set. */
  async get<T>(key: string, fallback?: T): Promise<T | undefined> {
    const rec = await readTx(['settings'], (tx) => tx.objectStore('settings').get(key), { what });
    // Settings are untyped on disk; the caller names the type it stored under this key.
    return rec ? (rec.value as T) : fallback;
  },

  async set(key: string, value: unknown): Promise<void> {
    await writeTx(
      ['settings'],
      async (tx, log) => {
        await tx.objectStore('settings').put({ key, value });
        log.put('settings', key);
      },
      { what },
    );
  },

  async delete(key: string): Promise<void> {
    await writeTx(
      ['settings'],
      async (tx, log) => {
        await tx.objectStore('settings').delete(key);
        log.delete('settings', key);
      },
      { what },
    );
  },

  /** Every setting as a plain object. */
  async all(): Promise<Record<string, unknown>> {
    const recs = await readTx(['settings'], (tx) => tx.objectStore('settings').getAll(), {
      what,
    });
    return Object.fromEntries(recs.map((r) => [r.key, r.value]));
  },
};
