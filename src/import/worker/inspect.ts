// First pass over one file: sniff the real format, check the header is whole, hash the
// original bytes and read EXIF. Cheap enough to run before the duplicate check, so a
// re-imported photo is never decoded.
import { FORMAT_MIME, sniffImageFormat } from '../../lib/imageFormat';
import { readImageHeader } from '../../lib/imageHeader';
import { pixelCount, uprightSize, type SizePx } from '../../lib/imageSize';
import { sha256Hex } from '../../lib/sha256';
import type { InspectedFile, InspectOutcome } from '../protocol';
import { readExif } from './exif';
import { MAX_SOURCE_PIXELS } from './limits';

export async function inspectFile(file: Blob): Promise<InspectOutcome> {
  if (file.size === 0) return { ok: false, problem: { kind: 'empty' } };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file vanished or became unreadable between picking and reading (e.g. a cloud
    // placeholder that failed to download).
    return { ok: false, problem: { kind: 'damaged' } };
  }
  const sniffed = sniffImageFormat(bytes);
  if (sniffed.kind === 'unknown') return { ok: false, problem: { kind: 'not-image' } };
  if (sniffed.kind === 'other-image') {
    return { ok: false, problem: { kind: 'unsupported-image', format: sniffed.format } };
  }
  const format = sniffed.format;

  let storedSize: SizePx | undefined;
  if (format !== 'heic') {
    const header = readImageHeader(format, bytes);
    if (!header.ok || !header.complete) return { ok: false, problem: { kind: 'damaged' } };
    storedSize = header.size;
    if (pixelCount(storedSize) > MAX_SOURCE_PIXELS) {
      return {
        ok: false,
        problem: { kind: 'too-large', megapixels: pixelCount(storedSize) / 1e6 },
      };
    }
  }

  const [sha256, exif] = await Promise.all([sha256Hex(bytes), readExif(bytes)]);
  const inspected: InspectedFile = {
    format,
    mimeType: FORMAT_MIME[format],
    byteLength: bytes.byteLength,
    sha256,
    ...exif,
  };
  // Only JPEG orientation is applied by the browser's decoder in a way we have verified
  // (Chromium honours it even with imageOrientation 'none'), so only JPEG sizes are swapped.
  if (storedSize) {
    inspected.size = format === 'jpeg' ? uprightSize(storedSize, exif.orientation) : storedSize;
  }
  return { ok: true, file: inspected };
}
