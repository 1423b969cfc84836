// Importing a backup: verify everything first (readBackup), then merge by id in ONE durable
// transaction, so a failure part-way (e.g. a full disk) leaves the database as it was.
// Merge rule: a backup record replaces the local one only when it is newer (higher rev, or the
// same rev with a later updatedAt); blobs and settings are added only where absent locally.
import type { BlobId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { RecordMeta } from '../../domain/record';
import type { StoreName } from '../schema';
import { writeTx, type Tx } from '../tx';
import { BACKUP_RECORD_STORES, type BackupRecordStore } from './manifest';
import { readBackup, type BackupContent } from './readBackup';

type Counted = BackupRecordStore | 'blobs' | 'settings';
type Counts = Record<Counted, number>;

export interface ImportReport {
  /** New records written, per store. */
  added: Counts;
  /** Local records replaced by a newer copy from the backup. */
  updated: Counts;
  /** Backup records skipped because the local copy is the same or newer. */
  kept: Counts;
}

function zeros(): Counts {
  return { patients: 0, courses: 0, sessions: 0, photos: 0, analyses: 0, blobs: 0, settings: 0 };
}

function isNewer(incoming: RecordMeta, local: RecordMeta): boolean {
  return (
    incoming.rev > local.rev || (incoming.rev === local.rev && incoming.updatedAt > local.updatedAt)
  );
}

async function mergeRecords(
  tx: Tx<'readwrite'>,
  store: BackupRecordStore,
  items: (RecordMeta & { id: string })[],
  report: ImportReport,
  onWrite: (store: StoreName, id: string) => void,
): Promise<void> {
  // Same widening as records.ts: every record store is keyed by id with a RecordMeta value.
  const os = tx.objectStore(store as 'patients');
  for (const item of items) {
    const local: unknown = await os.get(item.id);
    const localMeta = local as RecordMeta | undefined;
    if (localMeta && !isNewer(item, localMeta)) {
      report.kept[store]++;
      continue;
    }
    await os.put(item as Patient);
    onWrite(store, item.id);
    if (localMeta) report.updated[store]++;
    else report.added[store]++;
  }
}

async function merge(content: BackupContent): Promise<ImportReport> {
  const report: ImportReport = { added: zeros(), updated: zeros(), kept: zeros() };
  await writeTx(
    [...BACKUP_RECORD_STORES, 'blobs', 'settings'],
    async (tx, log) => {
      for (const store of BACKUP_RECORD_STORES) {
        await mergeRecords(tx, store, content[store], report, (s, id) => log.put(s, id));
      }
      const blobs = tx.objectStore('blobs');
      for (const { entry, blob } of content.blobs) {
        if ((await blobs.count(entry.id)) > 0) {
          report.kept.blobs++;
          continue;
        }
        await blobs.put({
          id: entry.id as BlobId,
          blob,
          mimeType: entry.mimeType,
          byteLength: entry.byteLength,
          createdAt: entry.createdAt,
        });
        log.put('blobs', entry.id);
        report.added.blobs++;
      }
      const settings = tx.objectStore('settings');
      for (const s of content.settings) {
        if ((await settings.count(s.key)) > 0) {
          report.kept.settings++;
          continue;
        }
        await settings.put(s);
        log.put('settings', s.key);
        report.added.settings++;
      }
    },
    { what: 'backup' },
  );
  return report;
}

/**
 * Verifies the whole backup (manifest, every sha256, every record) and only then merges it
 * into the database in one transaction. A tampered, truncated or foreign file is rejected with
 * a StorageError of kind 'invalid' and nothing is written.
 */
export async function importBackup(file: Blob): Promise<ImportReport> {
  const content = await readBackup(file);
  return merge(content);
}
