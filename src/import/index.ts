// Public API of the photo import: `importPhotos` runs a batch through the import worker and
// stores each photo with its working copy and thumbnail. UI code imports only from here.
import { importWorkerClient } from './client/importWorkerClient';
import { randomPhotoIds, runImport } from './runImport';
import { storageImportStore } from './storageStore';
import type { ImportOptions, ImportReport, ImportTarget } from './types';

export type {
  ImportOptions,
  ImportOutcome,
  ImportProgress,
  ImportReport,
  ImportStage,
  ImportTarget,
} from './types';
export { stopImportWorker } from './client/importWorkerClient';

/** Accepted by the file pickers; the worker still checks each file's real format. */
export const IMPORT_ACCEPT =
  'image/jpeg,image/png,image/webp,image/bmp,image/heic,image/heif,.heic,.heif,.bmp';

/**
 * Imports `files` into a patient's session. Never rejects for a bad file: each file gets an
 * outcome (stored / duplicate / failed / not-attempted) in the report, in input order.
 */
export function importPhotos(
  files: readonly File[],
  target: ImportTarget,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return runImport(
    files,
    target,
    {
      inspect: importWorkerClient.inspect,
      derive: importWorkerClient.derive,
      store: storageImportStore,
      newIds: randomPhotoIds,
      now: () => new Date(),
    },
    options,
  );
}
