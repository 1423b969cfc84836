// Public types of the import API: what the caller asks for and what it gets back per file.
import type { PatientId, PhotoId, SessionId } from '../domain/ids';
import type { Photo, PhotoView } from '../domain/photo';
import type { DeriveStage } from './protocol';

export interface ImportTarget {
  patientId: PatientId;
  sessionId: SessionId;
  /** The view for every photo in the batch, or 'auto' to guess it from each file name. */
  view: PhotoView | 'auto';
}

export type ImportStage = 'reading' | 'checking-duplicate' | DeriveStage | 'saving';

export interface ImportProgress {
  /** Files in the batch. */
  total: number;
  /** Files with a final outcome so far. */
  finished: number;
  /** The file being worked on, if any. */
  current?: { index: number; fileName: string; stage: ImportStage };
  /** 0–1 over the whole batch, for a progress bar. */
  fraction: number;
}

export type ImportOutcome =
  | { status: 'stored'; fileName: string; photo: Photo }
  | { status: 'duplicate'; fileName: string; existingPhotoId: PhotoId; message: string }
  | { status: 'failed'; fileName: string; message: string }
  /** The batch stopped (cancelled, or storage full) before this file was tried. */
  | { status: 'not-attempted'; fileName: string; message: string };

export interface ImportReport {
  /** One outcome per input file, in input order. */
  outcomes: ImportOutcome[];
  storedCount: number;
  duplicateCount: number;
  failedCount: number;
  /** Why the batch stopped early, if it did. */
  stoppedBy?: 'cancelled' | 'storage-full';
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}
