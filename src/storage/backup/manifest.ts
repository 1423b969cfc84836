// The backup manifest: what a backup file claims to contain (versions, record counts, and the
// sha256 + size of every other file in the zip). Import trusts nothing until the manifest is
// valid and every file matches it.
import { version as packageVersion } from '../../../package.json';
import { Checker, checkRecord, isObject } from '../../domain/check';
import type { Result } from '../../domain/result';

export const BACKUP_FORMAT = 'trichotrack-backup';
/** Change only together with a reader for the old format in importBackup. */
export const BACKUP_FORMAT_VERSION = 1;
export const APP_VERSION: string = packageVersion;
export const MANIFEST_PATH = 'manifest.json';

/** The record stores a backup carries, in write order (parents first). */
export const BACKUP_RECORD_STORES = [
  'patients',
  'courses',
  'sessions',
  'photos',
  'analyses',
] as const;
export type BackupRecordStore = (typeof BACKUP_RECORD_STORES)[number];

export const recordsPath = (store: string): string => `records/${store}.json`;
export const BLOB_INDEX_PATH = 'records/blobs.json';
export const SETTINGS_PATH = 'records/settings.json';

export interface ManifestFile {
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** Record schema version (domain SCHEMA_VERSION) the records were written with. */
  schemaVersion: number;
  /** IndexedDB version of the exporting app. */
  dbVersion: number;
  createdAt: string;
  counts: Record<BackupRecordStore | 'blobs' | 'settings', number>;
  /** Every file in the zip except the manifest, by path. */
  files: Record<string, ManifestFile>;
}

/** One entry of records/blobs.json: a stored blob and the zip path of its bytes. */
export interface BlobIndexEntry {
  id: string;
  path: string;
  mimeType: string;
  byteLength: number;
  createdAt: string;
}

function checkFiles(c: Checker): void {
  for (const [path, f] of Object.entries(c.obj)) {
    if (!isObject(f)) {
      c.add(path, 'must be an object');
      continue;
    }
    const inner = new Checker(f, `manifest.files[${path}]`);
    inner.string('sha256', { nonEmpty: true });
    inner.number('bytes', { integer: true, min: 0 });
    c.errors.push(...inner.errors);
  }
}

export function validateManifest(x: unknown): Result<BackupManifest> {
  return checkRecord<BackupManifest>(x, 'manifest', (c) => {
    c.oneOf('format', [BACKUP_FORMAT]);
    c.number('formatVersion', { integer: true, min: 1, max: BACKUP_FORMAT_VERSION });
    c.string('appVersion');
    c.number('schemaVersion', { integer: true, min: 1 });
    c.number('dbVersion', { integer: true, min: 1 });
    c.isoTimestamp('createdAt');
    c.object('counts', (cc) => {
      for (const k of [...BACKUP_RECORD_STORES, 'blobs', 'settings']) {
        cc.number(k, { integer: true, min: 0 });
      }
    });
    c.object('files', checkFiles);
  });
}
