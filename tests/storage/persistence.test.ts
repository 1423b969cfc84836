import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPersisted, requestPersistence, storageEstimate } from '../../src/storage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistence helpers', () => {
  it('degrade gracefully where navigator.storage is missing', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe('unsupported');
    expect(await isPersisted()).toBeUndefined();
    expect(await storageEstimate()).toBeUndefined();
  });

  it('report granted, denied and the estimate in bytes', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    vi.stubGlobal('navigator', {
      storage: {
        persisted: vi.fn().mockResolvedValue(false),
        persist,
        estimate: vi.fn().mockResolvedValue({ usage: 250, quota: 1000 }),
      },
    });
    expect(await requestPersistence()).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    expect(await storageEstimate()).toEqual({ usageBytes: 250, quotaBytes: 1000, usedPct: 25 });
    persist.mockResolvedValue(false);
    expect(await requestPersistence()).toBe('denied');
  });

  it('treat a throwing StorageManager as unsupported', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persist: vi.fn().mockRejectedValue(new Error('no')),
        estimate: vi.fn().mockRejectedValue(new Error('no')),
      },
    });
    expect(await requestPersistence()).toBe('unsupported');
    expect(await storageEstimate()).toBeUndefined();
  });
});
