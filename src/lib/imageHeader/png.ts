// PNG chunk walk: size from IHDR, completeness from reaching IEND. Chunk lengths let us hop
// from chunk to chunk without touching the compressed pixel data.
import { BAD_HEADER, type HeaderInfo } from './types';

function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

function type(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

export function readPngHeader(bytes: Uint8Array): HeaderInfo {
  // 8-byte signature, then IHDR: length(4) "IHDR"(4) width(4) height(4) ...
  if (bytes.length < 24 || type(bytes, 12) !== 'IHDR') return BAD_HEADER;
  const size = { widthPx: u32(bytes, 16), heightPx: u32(bytes, 20) };
  if (size.widthPx === 0 || size.heightPx === 0) return BAD_HEADER;
  let at = 8;
  while (at + 8 <= bytes.length) {
    const chunkType = type(bytes, at + 4);
    const chunkEnd = at + 12 + u32(bytes, at);
    if (chunkEnd > bytes.length) break;
    if (chunkType === 'IEND') return { ok: true, size, complete: true };
    at = chunkEnd;
  }
  return { ok: true, size, complete: false };
}
