// The import batch loop, with its collaborators injected (worker client, store, ids, clock) so
// it runs in Node tests. Files go one at a time: each is inspected, checked for duplicates,
// decoded, then stored in a single transaction. A failing file never stops the batch; a full
// disk does (every further write would fail too), and so does cancelling.
import type { BlobId, PhotoId } from '../domain/ids';
import type { PhotoView } from '../domain/photo';
import { AUTO_VIEW_FALLBACK, viewFromFileName } from './autoView';
import { buildPhoto, type PhotoIds } from './buildPhoto';
import {
  duplicateMessage,
  notAttemptedMessage,
  problemMessage,
  storageFailedMessage,
  storageFullMessage,
} from './messages';
import type { ImportWorkerClient } from './client/importWorkerClient';
import { StoreFullError, type ImportStore } from './store';
import type {
  ImportOptions,
  ImportOutcome,
  ImportReport,
  ImportStage,
  ImportTarget,
} from './types';

export interface ImportDeps extends ImportWorkerClient {
  store: ImportStore;
  newIds(): PhotoIds;
  now(): Date;
}

/** How far through one file each stage is, for a smooth batch progress bar. */
const STAGE_FRACTION: Record<ImportStage, number> = {
  reading: 0,
  'checking-duplicate': 0.15,
  'loading-heic-decoder': 0.2,
  decoding: 0.25,
  encoding: 0.6,
  saving: 0.85,
};

function isAbort(e: unknown, signal?: AbortSignal): boolean {
  return (signal?.aborted ?? false) || (e instanceof DOMException && e.name === 'AbortError');
}

export function randomPhotoIds(): PhotoIds {
  const id = () => globalThis.crypto.randomUUID();
  return {
    photoId: id() as PhotoId,
    originalId: id() as BlobId,
    workingId: id() as BlobId,
    thumbId: id() as BlobId,
  };
}

function viewFor(target: ImportTarget, fileName: string): PhotoView {
  return target.view === 'auto' ? (viewFromFileName(fileName) ?? AUTO_VIEW_FALLBACK) : target.view;
}

export async function runImport(
  files: readonly File[],
  target: ImportTarget,
  deps: ImportDeps,
  { signal, onProgress }: ImportOptions = {},
): Promise<ImportReport> {
  const outcomes: ImportOutcome[] = [];
  const storedThisBatch = new Map<string, PhotoId>();
  let stoppedBy: ImportReport['stoppedBy'];

  const report = (index: number, stage?: ImportStage) => {
    const file = files[index];
    const within = stage ? STAGE_FRACTION[stage] : 0;
    onProgress?.({
      total: files.length,
      finished: outcomes.length,
      ...(stage && file ? { current: { index, fileName: file.name, stage } } : {}),
      fraction: files.length === 0 ? 1 : Math.min(1, (outcomes.length + within) / files.length),
    });
  };

  async function importOne(file: File, index: number): Promise<ImportOutcome> {
    const fileName = file.name;
    report(index, 'reading');
    const inspected = await deps.inspect(file, signal);
    if (!inspected.ok)
      return { status: 'failed', fileName, message: problemMessage(fileName, inspected.problem) };
    const { sha256 } = inspected.file;

    report(index, 'checking-duplicate');
    const existingId =
      storedThisBatch.get(sha256) ?? (await deps.store.findBySha256(target.patientId, sha256))?.id;
    if (existingId) {
      return {
        status: 'duplicate',
        fileName,
        existingPhotoId: existingId,
        message: duplicateMessage(fileName),
      };
    }

    const derived = await deps.derive(
      file,
      inspected.file,
      (stage) => report(index, stage),
      signal,
    );
    if (!derived.ok)
      return { status: 'failed', fileName, message: problemMessage(fileName, derived.problem) };

    const photo = buildPhoto({
      file,
      target,
      view: viewFor(target, fileName),
      inspected: inspected.file,
      derived: derived.images,
      ids: deps.newIds(),
      now: deps.now(),
    });
    report(index, 'saving');
    // Not cancellable: a transaction half-way is either committed or rolled back by storage.
    try {
      await deps.store.addPhotoWithBlobs(photo, {
        original: file,
        working: derived.images.working.blob,
        thumb: derived.images.thumb.blob,
      });
    } catch (e) {
      if (e instanceof StoreFullError) {
        stoppedBy = 'storage-full';
        return { status: 'failed', fileName, message: storageFullMessage(fileName) };
      }
      return {
        status: 'failed',
        fileName,
        message: storageFailedMessage(fileName, e instanceof Error ? e.message : String(e)),
      };
    }
    storedThisBatch.set(sha256, photo.id);
    return { status: 'stored', fileName, photo };
  }

  for (const [index, file] of files.entries()) {
    if (signal?.aborted) stoppedBy ??= 'cancelled';
    if (stoppedBy) {
      outcomes.push({
        status: 'not-attempted',
        fileName: file.name,
        message: notAttemptedMessage(file.name, stoppedBy),
      });
      continue;
    }
    try {
      outcomes.push(await importOne(file, index));
    } catch (e) {
      if (isAbort(e, signal)) {
        stoppedBy = 'cancelled';
        outcomes.push({
          status: 'not-attempted',
          fileName: file.name,
          message: notAttemptedMessage(file.name, 'cancelled'),
        });
        continue;
      }
      // A worker crash or an unexpected bug: name the file and go on with the rest.
      outcomes.push({
        status: 'failed',
        fileName: file.name,
        message: problemMessage(file.name, {
          kind: 'internal',
          detail: e instanceof Error ? e.message : String(e),
        }),
      });
    }
    report(index + 1);
  }
  report(files.length);

  const count = (status: ImportOutcome['status']) =>
    outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    storedCount: count('stored'),
    duplicateCount: count('duplicate'),
    failedCount: count('failed'),
    ...(stoppedBy ? { stoppedBy } : {}),
  };
}
