// Assemble the Photo record for an imported file. Pure: ids and the clock are passed in.
import type { BlobId, PhotoId } from '../domain/ids';
import { newMeta } from '../domain/meta';
import type { Photo, PhotoView } from '../domain/photo';
import type { DerivedImages, InspectedFile } from './protocol';
import type { ImportTarget } from './types';

export interface PhotoIds {
  photoId: PhotoId;
  originalId: BlobId;
  workingId: BlobId;
  thumbId: BlobId;
}

export interface FileFacts {
  name: string;
  /** ms since epoch, as File.lastModified; 0 or missing means unknown. */
  lastModified: number;
}

export function capturedAtOf(
  inspected: Pick<InspectedFile, 'capturedAtExif'>,
  file: FileFacts,
  now: Date,
): Pick<Photo, 'capturedAt' | 'capturedAtSource'> {
  if (inspected.capturedAtExif)
    return { capturedAt: inspected.capturedAtExif, capturedAtSource: 'exif' };
  if (file.lastModified > 0) {
    return { capturedAt: new Date(file.lastModified).toISOString(), capturedAtSource: 'file' };
  }
  return { capturedAt: now.toISOString(), capturedAtSource: 'import' };
}

export function buildPhoto(args: {
  file: FileFacts;
  target: Omit<ImportTarget, 'view'>;
  view: PhotoView;
  inspected: InspectedFile;
  derived: DerivedImages;
  ids: PhotoIds;
  now: Date;
}): Photo {
  const { file, target, view, inspected, derived, ids, now } = args;
  return {
    ...newMeta(now),
    id: ids.photoId,
    patientId: target.patientId,
    sessionId: target.sessionId,
    view,
    ...capturedAtOf(inspected, file, now),
    widthPx: derived.size.widthPx,
    heightPx: derived.size.heightPx,
    sha256: inspected.sha256,
    fileName: file.name,
    original: {
      blobId: ids.originalId,
      mimeType: inspected.mimeType,
      byteLength: inspected.byteLength,
      widthPx: derived.size.widthPx,
      heightPx: derived.size.heightPx,
    },
    working: {
      blobId: ids.workingId,
      mimeType: 'image/jpeg',
      byteLength: derived.working.blob.size,
      widthPx: derived.working.widthPx,
      heightPx: derived.working.heightPx,
    },
    thumb: {
      blobId: ids.thumbId,
      mimeType: 'image/jpeg',
      byteLength: derived.thumb.blob.size,
      widthPx: derived.thumb.widthPx,
      heightPx: derived.thumb.heightPx,
    },
  };
}
