// JPEG marker walk: frame size from the SOF segment, and completeness by following the
// entropy-coded scans to the EOI marker. Checking only the last two bytes would be wrong:
// phones append data after EOI (Samsung trailers, motion-photo MP4s).
import { BAD_HEADER, type HeaderInfo } from './types';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

function isRst(marker: number): boolean {
  return marker >= 0xd0 && marker <= 0xd7;
}

/** Start-of-frame markers carry the image size; C4 (DHT), C8 (JPG) and CC (DAC) do not. */
function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Offset of the first real marker after entropy-coded data starting at `from`, or -1. */
function skipEntropyData(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return -1;
    const next = bytes[at + 1]!;
    // FF00 is a stuffed data byte, FFD0–D7 restart markers live inside the scan, FFFF is fill.
    if (next === 0x00 || isRst(next) || next === 0xff) {
      at += next === 0xff ? 1 : 2;
      continue;
    }
    return at;
  }
}

export function readJpegHeader(bytes: Uint8Array): HeaderInfo {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return BAD_HEADER;
  let widthPx = 0;
  let heightPx = 0;
  let sawScan = false;
  const result = (complete: boolean): HeaderInfo =>
    widthPx > 0 && heightPx > 0
      ? { ok: true, size: { widthPx, heightPx }, complete: complete && sawScan }
      : BAD_HEADER;

  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return sawScan ? result(false) : BAD_HEADER;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === EOI) return result(true);
    if (marker === SOI || marker === 0x01 || isRst(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return result(false);
    const segmentLength = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (segmentLength < 2) return sawScan ? result(false) : BAD_HEADER;
    const segmentEnd = at + 2 + segmentLength;
    if (isSof(marker) && at + 9 <= bytes.length) {
      heightPx = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      widthPx = (bytes[at + 7]! << 8) | bytes[at + 8]!;
    }
    if (segmentEnd > bytes.length) return result(false);
    if (marker === SOS) {
      sawScan = true;
      const next = skipEntropyData(bytes, segmentEnd);
      if (next < 0) return result(false);
      at = next;
    } else {
      at = segmentEnd;
    }
  }
  return result(false);
}
