// Turns importBackup's per-store counts into what the restore panel shows: one row per kind of
// data and a one-line summary. Pure, so it is tested in Node.
import type { ImportReport } from '../../storage';

export type ReportStore = keyof ImportReport['added'];

export interface SummaryRow {
  store: ReportStore;
  label: string;
  added: number;
  updated: number;
  kept: number;
}

/** Display order and user-facing names; "blobs" are the photo and mask files themselves. */
const LABELS: Record<ReportStore, string> = {
  patients: 'Patients',
  courses: 'Courses',
  sessions: 'Sessions',
  photos: 'Photos',
  analyses: 'Analyses',
  blobs: 'Image files',
  settings: 'Settings',
};

export function summaryRows(report: ImportReport): SummaryRow[] {
  return (Object.keys(LABELS) as ReportStore[]).map((store) => ({
    store,
    label: LABELS[store],
    added: report.added[store],
    updated: report.updated[store],
    kept: report.kept[store],
  }));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** E.g. "Backup restored: 12 items added, 1 updated, 3 already up to date." */
export function summaryLine(report: ImportReport): string {
  const rows = summaryRows(report);
  const sum = (key: 'added' | 'updated' | 'kept') => rows.reduce((n, row) => n + row[key], 0);
  const added = sum('added');
  const updated = sum('updated');
  const kept = sum('kept');
  if (added + updated + kept === 0) return 'The backup was valid but empty: nothing to restore.';
  if (added + updated === 0) return 'Everything in the backup is already on this device.';
  return `Backup restored: ${plural(added, 'item', 'items')} added, ${updated} updated, ${kept} already up to date.`;
}
