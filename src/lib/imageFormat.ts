// Recognise an image format from its first bytes ("magic numbers"), because file names and
// browser-reported MIME types lie: a renamed text file arrives as "image/jpeg".

export type SupportedImageFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'bmp';
export type OtherImageFormat = 'gif' | 'tiff' | 'avif';

export type SniffResult =
  | { kind: 'supported'; format: SupportedImageFormat }
  | { kind: 'other-image'; format: OtherImageFormat }
  | { kind: 'unknown' };

/** Bytes needed to decide; pass at least this many (fewer is fine for short files). */
export const SNIFF_BYTES = 64;

export const FORMAT_MIME: Record<SupportedImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  bmp: 'image/bmp',
};

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (bytes.length < start + length) return '';
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** ISO-BMFF `ftyp` box: major brand at 8, compatible brands from 16 to the box end. */
function sniffFtyp(bytes: Uint8Array): SniffResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxEnd = Math.min(view.getUint32(0), bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(bytes, at, 4));
  if (brands.some((b) => HEIC_BRANDS.has(b))) return { kind: 'supported', format: 'heic' };
  if (brands.some((b) => AVIF_BRANDS.has(b))) return { kind: 'other-image', format: 'avif' };
  // "mif1"/"msf1" alone is a generic HEIF container; libheif decides whether it can read it.
  if (brands.includes('mif1') || brands.includes('msf1'))
    return { kind: 'supported', format: 'heic' };
  return { kind: 'unknown' };
}

export function sniffImageFormat(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'supported', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'supported', format: 'png' };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { kind: 'supported', format: 'webp' };
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') return sniffFtyp(bytes);
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'other-image', format: 'gif' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26)
    return { kind: 'supported', format: 'bmp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'other-image', format: 'tiff' };
  }
  return { kind: 'unknown' };
}
