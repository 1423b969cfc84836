// What the import pipeline needs from storage, as an injected interface: the pipeline stays
// testable in Node and does not care how records and blobs are kept.
import type { PatientId } from '../domain/ids';
import type { Photo } from '../domain/photo';

export interface PhotoBlobs {
  original: Blob;
  working: Blob;
  thumb: Blob;
}

export interface ImportStore {
  findBySha256(patientId: PatientId, sha256: string): Promise<Photo | undefined>;
  /** Stores the record and its three blobs in one transaction: all or nothing. */
  addPhotoWithBlobs(photo: Photo, blobs: PhotoBlobs): Promise<void>;
}

/** Thrown by an ImportStore when the device is out of space; it stops the batch. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}
