// Writing a backup: one consistent read of every store, then a zip (fflate) with the records
// as JSON, each blob as its own file (stored, not recompressed: images are compressed already),
// and manifest.json last, listing the sha256 and size of every other file.
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { SCHEMA_VERSION } from '../../domain/record';
import { sha256Hex } from '../../lib/sha256';
import { toStorageError } from '../errors';
import { DB_VERSION, type SettingRecord, type StoredBlob } from '../schema';
import { readTx } from '../tx';
import {
  APP_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_RECORD_STORES,
  BLOB_INDEX_PATH,
  MANIFEST_PATH,
  SETTINGS_PATH,
  recordsPath,
  type BackupManifest,
  type BackupRecordStore,
  type BlobIndexEntry,
  type ManifestFile,
} from './manifest';

interface Snapshot {
  records: Record<BackupRecordStore, unknown[]>;
  blobs: StoredBlob[];
  settings: SettingRecord[];
}

function readSnapshot(): Promise<Snapshot> {
  return readTx(
    [...BACKUP_RECORD_STORES, 'blobs', 'settings'],
    async (tx) => {
      const records = {} as Record<BackupRecordStore, unknown[]>;
      for (const s of BACKUP_RECORD_STORES) records[s] = await tx.objectStore(s).getAll();
      const blobs = await tx.objectStore('blobs').getAll();
      const settings = await tx.objectStore('settings').getAll();
      return { records, blobs, settings };
    },
    { what: 'backup' },
  );
}

/** Streams files into a zip; output chunks become Blob parts as they arrive. */
class ZipWriter {
  private readonly parts: BlobPart[] = [];
  private readonly zip: Zip;
  private error: Error | null = null;
  readonly files: Record<string, ManifestFile> = {};

  constructor() {
    this.zip = new Zip((err, chunk) => {
      if (err) this.error = err;
      else this.parts.push(chunk as Uint8Array<ArrayBuffer>);
    });
  }

  async add(path: string, bytes: Uint8Array<ArrayBuffer>, compress: boolean): Promise<void> {
    if (path !== MANIFEST_PATH) {
      this.files[path] = { sha256: await sha256Hex(bytes), bytes: bytes.byteLength };
    }
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    this.zip.add(entry);
    entry.push(bytes, true);
    if (this.error) throw this.error;
  }

  async addJson(path: string, value: unknown): Promise<void> {
    await this.add(path, strToU8(JSON.stringify(value, null, 1)) as Uint8Array<ArrayBuffer>, true);
  }

  finish(): Blob {
    this.zip.end();
    if (this.error) throw this.error;
    return new Blob(this.parts, { type: 'application/zip' });
  }
}

/** A zip of every record, blob and setting, with a manifest of counts and sha256 sums. */
export async function exportBackup(now: Date = new Date()): Promise<Blob> {
  const snap = await readSnapshot();
  try {
    const out = new ZipWriter();
    for (const s of BACKUP_RECORD_STORES) await out.addJson(recordsPath(s), snap.records[s]);
    const index: BlobIndexEntry[] = [];
    for (const [i, b] of snap.blobs.entries()) {
      const path = `blobs/${String(i).padStart(6, '0')}`;
      const bytes = new Uint8Array(await b.blob.arrayBuffer());
      await out.add(path, bytes, false);
      index.push({
        id: b.id,
        path,
        mimeType: b.mimeType,
        byteLength: bytes.byteLength,
        createdAt: b.createdAt,
      });
    }
    await out.addJson(BLOB_INDEX_PATH, index);
    await out.addJson(SETTINGS_PATH, snap.settings);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      dbVersion: DB_VERSION,
      createdAt: now.toISOString(),
      counts: {
        patients: snap.records.patients.length,
        courses: snap.records.courses.length,
        sessions: snap.records.sessions.length,
        photos: snap.records.photos.length,
        analyses: snap.records.analyses.length,
        blobs: snap.blobs.length,
        settings: snap.settings.length,
      },
      files: out.files,
    };
    await out.addJson(MANIFEST_PATH, manifest);
    return out.finish();
  } catch (e) {
    throw toStorageError(e, 'backup');
  }
}

/** A file name for the backup, e.g. "trichotrack-backup-2026-03-01.zip". */
export function backupFileName(now: Date = new Date()): string {
  return `trichotrack-backup-${now.toISOString().slice(0, 10)}.zip`;
}
