// ImportStore backed by the app's IndexedDB storage layer. Translates a StorageError of kind
// 'quota' into StoreFullError (stops the batch); other StorageErrors keep their user message.
import type { PatientId } from '../domain/ids';
import type { Photo } from '../domain/photo';
import { StorageError, photoRepo } from '../storage';
import { StoreFullError, type ImportStore, type PhotoBlobs } from './store';

export const storageImportStore: ImportStore = {
  async findBySha256(patientId: PatientId, sha256: string): Promise<Photo | undefined> {
    // The index spans all patients; the same picture in another patient is not a duplicate.
    const photos = await photoRepo.findBySha256(sha256);
    return photos.find((p) => p.patientId === patientId);
  },
  async addPhotoWithBlobs(photo: Photo, blobs: PhotoBlobs): Promise<void> {
    try {
      await photoRepo.addPhotoWithBlobs(photo, blobs);
    } catch (e) {
      if (e instanceof StorageError && e.kind === 'quota')
        throw new StoreFullError(e.message, { cause: e });
      throw e;
    }
  },
};
