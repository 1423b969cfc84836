// The restore report the backup panel shows: one row per store, a summary sentence.
import { describe, expect, it } from 'vitest';
import { summaryLine, summaryRows } from '../../../src/features/backup/importSummary';
import type { ImportReport } from '../../../src/storage';

function counts(patch: Partial<ImportReport['added']> = {}): ImportReport['added'] {
  return {
    patients: 0,
    courses: 0,
    sessions: 0,
    photos: 0,
    analyses: 0,
    blobs: 0,
    settings: 0,
    ...patch,
  };
}

describe('import summary', () => {
  it('lists every store with its added, updated and kept counts', () => {
    const report: ImportReport = {
      added: counts({ patients: 1, photos: 4, blobs: 8 }),
      updated: counts({ courses: 1 }),
      kept: counts({ settings: 2 }),
    };
    const rows = summaryRows(report);
    expect(rows.map((r) => r.store)).toEqual([
      'patients',
      'courses',
      'sessions',
      'photos',
      'analyses',
      'blobs',
      'settings',
    ]);
    expect(rows[0]).toMatchObject({ label: 'Patients', added: 1, updated: 0, kept: 0 });
    expect(rows[1]).toMatchObject({ label: 'Courses', added: 0, updated: 1, kept: 0 });
    expect(summaryLine(report)).toBe(
      'Backup restored: 13 items added, 1 updated, 2 already up to date.',
    );
  });

  it('says so when nothing was new', () => {
    const report: ImportReport = {
      added: counts(),
      updated: counts(),
      kept: counts({ patients: 3 }),
    };
    expect(summaryLine(report)).toBe('Everything in the backup is already on this device.');
  });

  it('says so when the backup was empty', () => {
    const report: ImportReport = { added: counts(), updated: counts(), kept: counts() };
    expect(summaryLine(report)).toMatch(/empty/);
  });

  it('uses the singular for one item', () => {
    const report: ImportReport = {
      added: counts({ patients: 1 }),
      updated: counts(),
      kept: counts(),
    };
    expect(summaryLine(report)).toBe(
      'Backup restored: 1 item added, 0 updated, 0 already up to date.',
    );
  });
});
