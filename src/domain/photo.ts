// A scalp photo. The original bytes are kept untouched; a working copy
// (long side <= 2048 px) and a thumbnail are derived for display and analysis.
import type { BlobId, PatientId, PhotoId, SessionId } from './ids';
import type { RecordMeta } from './record';

export const PHOTO_VIEWS = [
  'frontal',
  'mid-scalp',
  'vertex',
  'temple-left',
  'temple-right',
  'occipital',
  'part-line',
  'trichoscopy',
] as const;
export type PhotoView = (typeof PHOTO_VIEWS)[number];

export const PHOTO_VIEW_LABELS: Record<PhotoView, string> = {
  frontal: 'Frontal hairline',
  'mid-scalp': 'Mid-scalp (top)',
  vertex: 'Vertex / crown',
  'temple-left': 'Temple left',
  'temple-right': 'Temple right',
  occipital: 'Occipital (reference)',
  'part-line': 'Part line',
  trichoscopy: 'Trichoscopy close-up',
};

export const WORKING_LONG_SIDE_PX = 2048;
export const THUMB_LONG_SIDE_PX = 320;

export interface BlobRef {
  blobId: BlobId;
  mimeType: string;
  byteLength: number;
  widthPx: number;
  heightPx: number;
}

export interface Photo extends RecordMeta {
  id: PhotoId;
  patientId: PatientId;
  sessionId: SessionId;
  view: PhotoView;
  /** ISO timestamp from EXIF DateTimeOriginal, else the file's lastModified. */
  capturedAt: string;
  /** Where capturedAt came from, so the UI can say how sure it is. */
  capturedAtSource: 'exif' | 'file' | 'import';
  /** Upright pixel size of the original (after EXIF orientation). */
  widthPx: number;
  heightPx: number;
  /** Hex sha256 of the original bytes; used to detect duplicates. */
  sha256: string;
  fileName: string;
  original: BlobRef;
  working: BlobRef;
  thumb: BlobRef;
  /** For trichoscopy: field of view width in mm, when known (hairs/cm² needs it). */
  fieldOfViewMm?: number;
  note?: string;
}
