// Photos: by session or patient, duplicate lookup by sha256, and adding a photo together with
// its three image blobs in ONE transaction, so an interrupted import leaves each photo either
// fully stored or absent. Deleting a photo removes its blobs and analyses.
import type { PatientId, PhotoId, SessionId } from '../../domain/ids';
import {
  normalisePhoto,
  photoBlobIds,
  validatePhoto,
  type BlobRef,
  type Photo,
} from '../../domain/photo';
import { PHOTO_CASCADE, deletePhotoCascade } from '../cascade';
import { StorageError, messageFor } from '../errors';
import { mustBeValid, putBumped, repaired, repairedAll } from '../records';
import type { StoredBlob } from '../schema';
import { readTx, writeTx } from '../tx';

const what = 'photo';

/** The image bytes of one photo: untouched original, working copy (<= 2048 px), thumbnail. */
export interface PhotoBlobs {
  original: Blob;
  working: Blob;
  thumb: Blob;
}

function byCapturedAt(a: Photo, b: Photo): number {
  return a.capturedAt.localeCompare(b.capturedAt);
}

function storedBlob(ref: BlobRef, blob: Blob, createdAt: string): StoredBlob {
  return { id: ref.blobId, blob, mimeType: ref.mimeType, byteLength: blob.size, createdAt };
}

function checkBlobs(photo: Photo, blobs: PhotoBlobs): void {
  const problems: string[] = [];
  for (const k of ['original', 'working', 'thumb'] as const) {
    if (!(blobs[k] instanceof Blob)) problems.push(`${k} image is missing`);
    else if (blobs[k].size !== photo[k].byteLength) {
      problems.push(
        `${k} image has ${blobs[k].size} bytes, the record says ${photo[k].byteLength}`,
      );
    }
  }
  if (new Set(photoBlobIds(photo)).size !== 3) problems.push('the three images share a blob id');
  if (problems.length > 0) {
    throw new StorageError('invalid', messageFor('invalid', what, problems.join('; ')), {
      details: problems,
    });
  }
}

export const photoRepo = {
  /** The session's photos, oldest capture first. */
  async bySession(sessionId: SessionId): Promise<Photo[]> {
    const raws = await readTx(
      ['photos'],
      (tx) => tx.objectStore('photos').index('sessionId').getAll(sessionId),
      { what },
    );
    return repairedAll(raws, normalisePhoto).sort(byCapturedAt);
  },

  /** All photos of a patient, oldest capture first. */
  async byPatient(patientId: PatientId): Promise<Photo[]> {
    const raws = await readTx(
      ['photos'],
      (tx) => tx.objectStore('photos').index('patientId').getAll(patientId),
      { what },
    );
    return repairedAll(raws, normalisePhoto).sort(byCapturedAt);
  },

  /** Photos whose original has this sha256 (duplicate detection on import). */
  async findBySha256(sha256: string): Promise<Photo[]> {
    const raws = await readTx(
      ['photos'],
      (tx) => tx.objectStore('photos').index('sha256').getAll(sha256.toLowerCase()),
      { what },
    );
    return repairedAll(raws, normalisePhoto);
  },

  async get(id: PhotoId): Promise<Photo | undefined> {
    const raw = await readTx(['photos'], (tx) => tx.objectStore('photos').get(id), { what });
    return repaired(raw, normalisePhoto);
  },

  /**
   * Stores the photo record and its three blobs in one durable transaction: afterwards all
   * four are stored, or (on any failure, including a full disk) none is. Returns the record.
   */
  async addPhotoWithBlobs(photo: Photo, blobs: PhotoBlobs): Promise<Photo> {
    const valid = mustBeValid(validatePhoto(photo), what);
    checkBlobs(valid, blobs);
    const now = new Date().toISOString();
    return writeTx(
      ['photos', 'blobs'],
      async (tx, log) => {
        const store = tx.objectStore('blobs');
        for (const k of ['original', 'working', 'thumb'] as const) {
          await store.put(storedBlob(valid[k], blobs[k], now));
          log.put('blobs', valid[k].blobId);
        }
        return putBumped(tx, 'photos', valid, log);
      },
      { what },
    );
  },

  /** Saves changed photo metadata (view, note...). The blobs must already be stored. */
  async put(photo: Photo): Promise<Photo> {
    const [stored] = await photoRepo.putMany([photo]);
    return stored as Photo;
  },

  /**
   * Saves changed metadata of several photos in one transaction (a field of view entered for
   * all of a patient's close-ups): all are saved or, on any failure, none.
   */
  async putMany(photos: readonly Photo[]): Promise<Photo[]> {
    const valid = photos.map((p) => mustBeValid(validatePhoto(p), what));
    return writeTx(
      ['photos', 'blobs'],
      async (tx, log) => {
        const out: Photo[] = [];
        for (const photo of valid) {
          for (const id of photoBlobIds(photo)) {
            if ((await tx.objectStore('blobs').count(id)) === 0) {
              throw new StorageError(
                'not-found',
                messageFor('not-found', `image ${id} of the photo`),
              );
            }
          }
          out.push(await putBumped(tx, 'photos', photo, log));
        }
        return out;
      },
      { what: valid.length > 1 ? 'photos' : what },
    );
  },

  /** Deletes the photo, its three blobs and its analyses. */
  async delete(id: PhotoId): Promise<void> {
    await writeTx(PHOTO_CASCADE, (tx, log) => deletePhotoCascade(tx, id, log), { what });
  },
};
