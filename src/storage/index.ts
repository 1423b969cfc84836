// Public API of the storage layer — the only module the rest of the app imports from
// src/storage. Everything here throws StorageError (never a raw DOMException) and returns
// validated, repaired domain records.
export { DB_NAME, DB_VERSION, STORES, type StoreName, type StoredBlob } from './schema';
export { openStorage, closeStorage, type OpenOptions } from './db';
export { MIGRATIONS, type Migration } from './migrations';
export { StorageError, type StorageErrorKind } from './errors';
export { subscribe, type StorageChange } from './changes';
export {
  requestPersistence,
  isPersisted,
  storageEstimate,
  type PersistenceResult,
  type StorageEstimate,
} from './persistence';
export { patientRepo } from './repos/patients';
export { courseRepo } from './repos/courses';
export { sessionRepo } from './repos/sessions';
export { photoRepo, type PhotoBlobs } from './repos/photos';
export { blobRepo } from './repos/blobs';
export { analysisRepo } from './repos/analyses';
export { settingsRepo, SETTING_KEYS } from './repos/settings';
export { exportBackup, backupFileName } from './backup/exportBackup';
export { importBackup, type ImportReport } from './backup/importBackup';
export { BACKUP_FORMAT_VERSION, type BackupManifest } from './backup/manifest';
