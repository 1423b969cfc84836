import { describe, expect, it } from 'vitest';
import { bumpMeta, newMeta, repairMeta } from '../../src/domain/meta';

describe('record meta', () => {
  it('bumpMeta raises rev past the stored one and keeps createdAt', () => {
    const stored = { ...newMeta(new Date('2026-01-01T00:00:00Z')), rev: 4 };
    const incoming = { ...newMeta(new Date('2026-02-01T00:00:00Z')), rev: 2 };
    const next = bumpMeta(incoming, stored, new Date('2026-03-01T00:00:00Z'));
    expect(next).toEqual({
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
      rev: 5,
      schemaVersion: 1,
    });
  });

  it('repairMeta fills missing fields from each other', () => {
    expect(repairMeta({ createdAt: '2026-01-01T00:00:00.000Z', rev: -3 })).toEqual({
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      rev: 0,
      schemaVersion: 1,
    });
  });
});
