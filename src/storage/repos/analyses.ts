// Analyses: by photo(s), put (optionally with a mask PNG written in the same transaction), delete.
import { normaliseAnalysis, validateAnalysis, type Analysis } from '../../domain/analysis';
import type { AnalysisId, PhotoId } from '../../domain/ids';
import { deleteAnalysisCascade } from '../cascade';
import { StorageError, messageFor } from '../errors';
import { mustBeValid, putBumped, repaired, repairedAll } from '../records';
import { readTx, writeTx } from '../tx';

const what = 'analysis';

export const analysisRepo = {
  /** The photo's analyses, newest first. */
  byPhoto(photoId: PhotoId): Promise<Analysis[]> {
    return analysisRepo.byPhotos([photoId]);
  },

  /**
   * The analyses of several photos (a whole course for the progress chart), newest first, read
   * in one transaction: one consistent snapshot, and no transaction per photo.
   */
  async byPhotos(photoIds: readonly PhotoId[]): Promise<Analysis[]> {
    const raws = await readTx(
      ['analyses'],
      (tx) => {
        const index = tx.objectStore('analyses').index('photoId');
        return Promise.all(photoIds.map((id) => index.getAll(id)));
      },
      { what },
    );
    return repairedAll(raws.flat(), normaliseAnalysis).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    );
  },

  async get(id: AnalysisId): Promise<Analysis | undefined> {
    const raw = await readTx(['analyses'], (tx) => tx.objectStore('analyses').get(id), { what });
    return repaired(raw, normaliseAnalysis);
  },

  /** Saves the analysis; a `mask` is stored under analysis.maskBlobId in the same transaction. */
  async put(analysis: Analysis, mask?: Blob): Promise<Analysis> {
    const valid = mustBeValid(validateAnalysis(analysis), what);
    if (mask && !valid.maskBlobId) {
      throw new StorageError('invalid', messageFor('invalid', what, 'a mask needs maskBlobId'));
    }
    return writeTx(
      ['analyses', 'blobs'],
      async (tx, log) => {
        if (mask && valid.maskBlobId) {
          await tx.objectStore('blobs').put({
            id: valid.maskBlobId,
            blob: mask,
            mimeType: mask.type || 'image/png',
            byteLength: mask.size,
            createdAt: new Date().toISOString(),
          });
          log.put('blobs', valid.maskBlobId);
        }
        return putBumped(tx, 'analyses', valid, log);
      },
      { what },
    );
  },

  /** Deletes the analysis and its mask blob. */
  async delete(id: AnalysisId): Promise<void> {
    await writeTx(['analyses', 'blobs'], (tx, log) => deleteAnalysisCascade(tx, id, log), {
      what,
    });
  },
};
