// The words a user sees for each import outcome. Every message names the file, because a
// batch of forty phone photos is useless to fix if the error does not say which one failed.
import type { FileProblem } from './protocol';

const FORMAT_NAMES = { gif: 'a GIF', tiff: 'a TIFF', avif: 'an AVIF' } as const;

export function problemMessage(fileName: string, problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `${fileName} is empty (0 bytes), so there is no photo to import.`;
    case 'not-image':
      return `${fileName} is not an image. Choose a JPEG, PNG, WebP, HEIC or BMP photo.`;
    case 'unsupported-image':
      return `${fileName} is ${FORMAT_NAMES[problem.format]} image; only JPEG, PNG, WebP, HEIC and BMP photos can be imported.`;
    case 'damaged':
      return `${fileName} could not be read: the file is damaged or incomplete.`;
    case 'too-large':
      return `${fileName} is too large to import (${problem.megapixels.toFixed(0)} megapixels).`;
    case 'heic-unavailable':
      return `${fileName} is a HEIC photo, but the HEIC decoder could not be loaded. Reload the app while online and try again.`;
    case 'internal':
      return `${fileName} could not be imported because this browser failed to process it (${problem.detail}).`;
  }
}

export function duplicateMessage(fileName: string): string {
  return `${fileName} was already imported for this patient, so it was skipped.`;
}

export function storageFullMessage(fileName: string): string {
  return `${fileName} was not saved: the device storage is full. Free some space, then import the remaining photos again.`;
}

export function storageFailedMessage(fileName: string, detail: string): string {
  return `${fileName} was not saved: ${detail}`;
}

export function notAttemptedMessage(
  fileName: string,
  reason: 'cancelled' | 'storage-full',
): string {
  return reason === 'cancelled'
    ? `${fileName} was not imported: the import was cancelled.`
    : `${fileName} was not imported: storage is full.`;
}
