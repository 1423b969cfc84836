// WebP (RIFF) header: size from the first chunk (VP8X canvas, VP8 key frame or VP8L header),
// completeness from the RIFF length field.
import { BAD_HEADER, type HeaderInfo } from './types';

function u16le(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u24le(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
}

function u32le(bytes: Uint8Array, at: number): number {
  return (u24le(bytes, at) | (bytes[at + 3]! << 24)) >>> 0;
}

function readSize(bytes: Uint8Array): { widthPx: number; heightPx: number } | undefined {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return { widthPx: u24le(bytes, 24) + 1, heightPx: u24le(bytes, 27) + 1 };
  }
  // Lossy key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
  if (chunk === 'VP8 ' && bytes.length >= 30 && bytes[23] === 0x9d && bytes[24] === 0x01) {
    return { widthPx: u16le(bytes, 26) & 0x3fff, heightPx: u16le(bytes, 28) & 0x3fff };
  }
  // Lossless: signature 0x2F, then width-1 and height-1 packed in 14 bits each.
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = u32le(bytes, 21);
    return { widthPx: (bits & 0x3fff) + 1, heightPx: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

export function readWebpHeader(bytes: Uint8Array): HeaderInfo {
  if (bytes.length < 16) return BAD_HEADER;
  const size = readSize(bytes);
  if (!size || size.widthPx === 0 || size.heightPx === 0) return BAD_HEADER;
  const riffEnd = u32le(bytes, 4) + 8;
  return { ok: true, size, complete: bytes.length >= riffEnd };
}
