// BMP (Windows bitmap) header: size from the DIB header, completeness from the pixel data's
// extent. Dermatoscope software and some dermoscopy collections still export BMP, and a copy cut
// short on a USB stick keeps a valid header, so the length is checked before decoding.
import { BAD_HEADER, type HeaderInfo } from './types';

const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

export function readBmpHeader(bytes: Uint8Array): HeaderInfo {
  if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return BAD_HEADER;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileSize = view.getUint32(2, true);
  const pixelOffset = view.getUint32(10, true);
  const dibSize = view.getUint32(14, true);
  let widthPx: number;
  let heightPx: number;
  let bitsPerPixel: number;
  let compression = BI_RGB;
  if (dibSize === 12) {
    // OS/2 BITMAPCOREHEADER: 16-bit sizes.
    widthPx = view.getUint16(18, true);
    heightPx = view.getUint16(20, true);
    bitsPerPixel = view.getUint16(24, true);
  } else if (dibSize >= 40 && bytes.length >= 34) {
    widthPx = view.getInt32(18, true);
    // Negative height: rows stored top-down.
    heightPx = Math.abs(view.getInt32(22, true));
    bitsPerPixel = view.getUint16(28, true);
    compression = view.getUint32(30, true);
  } else {
    return BAD_HEADER;
  }
  if (widthPx <= 0 || heightPx <= 0 || ![1, 4, 8, 16, 24, 32].includes(bitsPerPixel)) {
    return BAD_HEADER;
  }
  const size = { widthPx, heightPx };
  // Uncompressed rows are padded to 4 bytes, so the data's end is known exactly; for RLE only
  // the file size field says where the file should end.
  const uncompressed = [BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS].includes(compression);
  const end = uncompressed
    ? pixelOffset + Math.ceil((widthPx * bitsPerPixel) / 32) * 4 * heightPx
    : fileSize;
  return { ok: true, size, complete: end > 0 && end <= bytes.length };
}
