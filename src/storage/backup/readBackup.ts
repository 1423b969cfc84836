// Reading and verifying a backup file without touching the database: unzip, check the
// manifest, check every file's size and sha256, parse and repair the records, and check that
// every blob a record points at is in the backup. Any problem rejects the whole file with a
// StorageError of kind 'invalid' whose message says what is wrong and that nothing was imported.
import { strFromU8, unzipSync } from 'fflate';
import { normaliseAnalysis, type Analysis } from '../../domain/analysis';
import { isObject } from '../../domain/check';
import { normaliseCourse, type Course } from '../../domain/course';
import { normalisePatient, type Patient } from '../../domain/patient';
import { normalisePhoto, photoBlobIds, type Photo } from '../../domain/photo';
import { SCHEMA_VERSION } from '../../domain/record';
import type { Result } from '../../domain/result';
import { normaliseSession, type Session } from '../../domain/session';
import { sha256Hex } from '../../lib/sha256';
import { StorageError } from '../errors';
import type { SettingRecord } from '../schema';
import {
  BACKUP_RECORD_STORES,
  BLOB_INDEX_PATH,
  MANIFEST_PATH,
  SETTINGS_PATH,
  recordsPath,
  validateManifest,
  type BackupManifest,
  type BlobIndexEntry,
} from './manifest';

const NOTHING = 'Nothing was imported.';

export interface BackupBlob {
  entry: BlobIndexEntry;
  blob: Blob;
}

/** The verified content of a backup, ready to merge. */
export interface BackupContent {
  manifest: BackupManifest;
  patients: Patient[];
  courses: Course[];
  sessions: Session[];
  photos: Photo[];
  analyses: Analysis[];
  blobs: BackupBlob[];
  settings: SettingRecord[];
}

function reject(problem: string, details: string[] = []): never {
  throw new StorageError('invalid', `${problem} ${NOTHING}`, { details });
}

function damaged(detail: string): never {
  reject(`The backup file is damaged or was changed after it was made (${detail}).`);
}

function parseJson(files: Record<string, Uint8Array>, path: string): unknown {
  const bytes = files[path];
  if (!bytes) damaged(`${path} is missing`);
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return damaged(`${path} is not valid JSON`);
  }
}

async function verifyFiles(
  files: Record<string, Uint8Array>,
  manifest: BackupManifest,
): Promise<void> {
  for (const path of Object.keys(files)) {
    if (path !== MANIFEST_PATH && !manifest.files[path]) damaged(`${path} is not in the manifest`);
  }
  const required = [...BACKUP_RECORD_STORES.map(recordsPath), BLOB_INDEX_PATH, SETTINGS_PATH];
  for (const path of required) if (!manifest.files[path]) damaged(`the manifest lacks ${path}`);
  for (const [path, expected] of Object.entries(manifest.files)) {
    const bytes = files[path];
    if (!bytes) damaged(`${path} is missing`);
    if (bytes.byteLength !== expected.bytes) damaged(`${path} has the wrong size`);
    const actual = await sha256Hex(bytes as Uint8Array<ArrayBuffer>);
    if (actual !== expected.sha256) damaged(`${path} does not match its checksum`);
  }
}

function records<T>(
  files: Record<string, Uint8Array>,
  store: string,
  expected: number,
  normalise: (x: unknown) => Result<T>,
): T[] {
  const raw = parseJson(files, recordsPath(store));
  if (!Array.isArray(raw)) damaged(`${recordsPath(store)} is not a list`);
  if (raw.length !== expected)
    damaged(`${store}: ${raw.length} records, manifest says ${expected}`);
  const out: T[] = [];
  const errors: string[] = [];
  for (const r of raw) {
    const n = normalise(r);
    if (n.ok) out.push(n.value);
    else errors.push(...n.errors);
  }
  if (errors.length > 0) {
    reject(
      `The backup holds ${store} that cannot be read: ${errors.slice(0, 3).join('; ')}.`,
      errors,
    );
  }
  return out;
}

function blobIndex(files: Record<string, Uint8Array>, manifest: BackupManifest): BackupBlob[] {
  const raw = parseJson(files, BLOB_INDEX_PATH);
  if (!Array.isArray(raw)) damaged(`${BLOB_INDEX_PATH} is not a list`);
  if (raw.length !== manifest.counts.blobs) damaged('the number of images does not match');
  const seen = new Set<string>();
  return raw.map((e: unknown) => {
    if (
      !isObject(e) ||
      typeof e.id !== 'string' ||
      typeof e.path !== 'string' ||
      typeof e.mimeType !== 'string' ||
      seen.has(e.id)
    ) {
      return damaged(`${BLOB_INDEX_PATH} has a bad entry`);
    }
    seen.add(e.id);
    const bytes = files[e.path];
    if (!bytes || e.path === MANIFEST_PATH) return damaged(`image file ${e.path} is missing`);
    const entry: BlobIndexEntry = {
      id: e.id,
      path: e.path,
      mimeType: e.mimeType,
      byteLength: bytes.byteLength,
      createdAt: typeof e.createdAt === 'string' ? e.createdAt : manifest.createdAt,
    };
    return { entry, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: e.mimeType }) };
  });
}

function settingsOf(files: Record<string, Uint8Array>, expected: number): SettingRecord[] {
  const raw = parseJson(files, SETTINGS_PATH);
  if (!Array.isArray(raw) || raw.length !== expected) damaged(`${SETTINGS_PATH} does not match`);
  return raw.map((s: unknown) => {
    if (!isObject(s) || typeof s.key !== 'string')
      return damaged(`${SETTINGS_PATH} has a bad entry`);
    return { key: s.key, value: s.value };
  });
}

function checkReferences(c: BackupContent): void {
  const blobIds = new Set(c.blobs.map((b) => b.entry.id));
  const missing: string[] = [];
  for (const p of c.photos) {
    for (const id of photoBlobIds(p)) if (!blobIds.has(id)) missing.push(`photo ${p.id}: ${id}`);
  }
  for (const a of c.analyses) {
    if (a.maskBlobId && !blobIds.has(a.maskBlobId)) missing.push(`analysis ${a.id}: mask`);
  }
  if (missing.length > 0) {
    reject(`The backup is incomplete: ${missing.length} image(s) are missing.`, missing);
  }
}

/** Unzips and verifies `file` completely; throws StorageError 'invalid' on any problem. */
export async function readBackup(file: Blob): Promise<BackupContent> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return reject(
      'This file is not a Trichotrack backup, or it is damaged or incomplete (the zip cannot be read).',
    );
  }
  if (!files[MANIFEST_PATH]) reject('This file is not a Trichotrack backup (no manifest.json).');
  const m = validateManifest(parseJson(files, MANIFEST_PATH));
  if (!m.ok) reject(`The backup's manifest is not valid: ${m.errors[0] ?? ''}.`, m.errors);
  const manifest = m.value;
  if (manifest.schemaVersion > SCHEMA_VERSION) {
    reject(
      `This backup was made by a newer version of Trichotrack (${manifest.appVersion}). Update the app, then import it again.`,
    );
  }
  await verifyFiles(files, manifest);
  const n = manifest.counts;
  const content: BackupContent = {
    manifest,
    patients: records(files, 'patients', n.patients, normalisePatient),
    courses: records(files, 'courses', n.courses, normaliseCourse),
    sessions: records(files, 'sessions', n.sessions, normaliseSession),
    photos: records(files, 'photos', n.photos, normalisePhoto),
    analyses: records(files, 'analyses', n.analyses, normaliseAnalysis),
    blobs: blobIndex(files, manifest),
    settings: settingsOf(files, n.settings),
  };
  checkReferences(content);
  return content;
}
