// Blobs: image and mask bytes by id, read back as Blob with the stored MIME type.
import type { BlobId } from '../../domain/ids';
import { isObject } from '../../domain/check';
import { StorageError, messageFor } from '../errors';
import { readTx } from '../tx';

const what = 'image';

function asBlob(raw: unknown): Blob | undefined {
  if (!isObject(raw) || !(raw.blob instanceof Blob)) return undefined;
  const mime = typeof raw.mimeType === 'string' ? raw.mimeType : raw.blob.type;
  // Some engines drop the type when storing; restore it so <img> and decoders get it right.
  return raw.blob.type === mime ? raw.blob : new Blob([raw.blob], { type: mime });
}

export const blobRepo = {
  /** The stored bytes as a Blob, or undefined when absent. */
  async get(id: BlobId): Promise<Blob | undefined> {
    const raw: unknown = await readTx(['blobs'], (tx) => tx.objectStore('blobs').get(id), {
      what,
    });
    return asBlob(raw);
  },

  /** Like get, but a missing blob is a StorageError of kind 'not-found'. */
  async getOrThrow(id: BlobId): Promise<Blob> {
    const b = await blobRepo.get(id);
    if (!b) throw new StorageError('not-found', messageFor('not-found', what));
    return b;
  },

  async has(id: BlobId): Promise<boolean> {
    return (await readTx(['blobs'], (tx) => tx.objectStore('blobs').count(id), { what })) > 0;
  },
};
