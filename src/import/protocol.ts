// Typed contract between the import bridge (UI thread) and the import worker. Both sides
// compile against this file only; the worker is driven through Comlink, so the interface
// below *is* the message protocol. Problems are returned as data, not thrown, so the UI can
// word them (see messages.ts) and a batch can move on to the next file.
import type { OtherImageFormat, SupportedImageFormat } from '../lib/imageFormat';
import type { SizePx } from '../lib/imageSize';

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'not-image' }
  | { kind: 'unsupported-image'; format: OtherImageFormat }
  | { kind: 'damaged' }
  | { kind: 'too-large'; megapixels: number }
  /** libheif could not be loaded (offline before first use, wasm blocked…). */
  | { kind: 'heic-unavailable'; detail: string }
  /** A browser limitation or bug, e.g. no OffscreenCanvas; `detail` is for the console. */
  | { kind: 'internal'; detail: string };

/** What the cheap first pass learns: enough to skip duplicates before any decoding. */
export interface InspectedFile {
  format: SupportedImageFormat;
  mimeType: string;
  byteLength: number;
  /** Hex SHA-256 of the original bytes. */
  sha256: string;
  /** EXIF orientation 1–8, when present. */
  orientation?: number;
  /** ISO timestamp from EXIF DateTimeOriginal, when present and valid. */
  capturedAtExif?: string;
  /** Upright size from the file header; absent for HEIC (libheif reports it in derive). */
  size?: SizePx;
}

export type InspectOutcome =
  { ok: true; file: InspectedFile } | { ok: false; problem: FileProblem };

export interface DerivedImage {
  blob: Blob;
  widthPx: number;
  heightPx: number;
}

export interface DerivedImages {
  /** Upright size of the original. */
  size: SizePx;
  /** Long side ≤ WORKING_LONG_SIDE_PX, JPEG q0.9, upright, no EXIF. */
  working: DerivedImage;
  /** Long side ≤ THUMB_LONG_SIDE_PX, JPEG. */
  thumb: DerivedImage;
}

export type DeriveOutcome =
  { ok: true; images: DerivedImages } | { ok: false; problem: FileProblem };

export type DeriveStage = 'decoding' | 'loading-heic-decoder' | 'encoding';

export interface ImportWorkerApi {
  /** Sniff, check the header, hash and read EXIF. Never decodes pixels. */
  inspect(file: Blob): Promise<InspectOutcome>;
  /** Decode straight to working size and encode the working copy and thumbnail. */
  derive(
    file: Blob,
    inspected: InspectedFile,
    onStage?: (stage: DeriveStage) => void,
  ): Promise<DeriveOutcome>;
}
