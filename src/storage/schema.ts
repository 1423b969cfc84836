// The IndexedDB schema: database name and version, store names, and the typed shape of each
// store for `idb`. Records are plain JSON documents (sync-friendly); image bytes live apart in
// `blobs` so a document never carries megabytes.
import type { DBSchema } from 'idb';
import type { Analysis } from '../domain/analysis';
import type { Course } from '../domain/course';
import type { BlobId } from '../domain/ids';
import type { Patient } from '../domain/patient';
import type { Photo } from '../domain/photo';
import type { Session } from '../domain/session';

/** Change only together with a new entry in MIGRATIONS (migrations.ts). */
export const DB_NAME = 'trichotrack';
/** Change only together with a new entry in MIGRATIONS (migrations.ts). */
export const DB_VERSION = 1;

/** Every store name, in one place. */
export const STORES = {
  patients: 'patients',
  courses: 'courses',
  sessions: 'sessions',
  photos: 'photos',
  blobs: 'blobs',
  analyses: 'analyses',
  settings: 'settings',
} as const;

export const ALL_STORES = Object.values(STORES);

/** Image (or mask) bytes, stored apart from the photo record that points at them. */
export interface StoredBlob {
  id: BlobId;
  blob: Blob;
  mimeType: string;
  byteLength: number;
  createdAt: string;
}

/** One key/value pair in the settings store. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface TrichoSchema extends DBSchema {
  patients: { key: string; value: Patient; indexes: { code: string } };
  courses: { key: string; value: Course; indexes: { patientId: string } };
  sessions: { key: string; value: Session; indexes: { courseId: string; patientId: string } };
  photos: {
    key: string;
    value: Photo;
    indexes: { sessionId: string; patientId: string; sha256: string };
  };
  blobs: { key: string; value: StoredBlob };
  analyses: { key: string; value: Analysis; indexes: { photoId: string } };
  settings: { key: string; value: SettingRecord };
}

export type StoreName = (typeof STORES)[keyof typeof STORES];
