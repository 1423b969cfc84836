// BMP decoding for the segment CLI: sharp's libvips build has no BMP loader, and some
// dermoscopy collections (PH2, for one) ship BMP files. bmp-ts (the decoder jimp uses) reads
// 1/4/8/16/24/32-bit and RLE files.
import { decode } from 'bmp-ts';

/** BMP files start with "BM", whatever their extension says. */
export function isBmp(bytes: Uint8Array): boolean {
  return bytes.length > 26 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

export interface DecodedBmp {
  /** Packed RGB, 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export function decodeBmp(bytes: Uint8Array): DecodedBmp {
  const image = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    toRGBA: true,
  });
  const widthPx = image.width;
  const heightPx = Math.abs(image.height);
  if (!widthPx || !heightPx) throw new Error('BMP has no size');
  // 24-bit BMPs decode with alpha 0: photos are opaque, so the alpha byte is dropped.
  const rgb = new Uint8Array(widthPx * heightPx * 3);
  for (let k = 0, j = 0; j < rgb.length; k += 4, j += 3) {
    rgb[j] = image.data[k] ?? 0;
    rgb[j + 1] = image.data[k + 1] ?? 0;
    rgb[j + 2] = image.data[k + 2] ?? 0;
  }
  return { rgb, widthPx, heightPx };
}
