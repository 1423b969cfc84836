// The last step of every sharp pipeline that hands pixels to the analysis code in Node: 8-bit
// sRGB, three channels, as a PixelImage over sharp's own buffer (no copy). The decoder, the
// eval's zoomed and camera-condition photos, the label reader and the bench all end this way,
// so a photo read by a script is laid out exactly as the app's decoder lays it out.
import type { Sharp } from 'sharp';
import type { PixelImage } from '../../src/analysis/worker/image';

/** sharp's buffer is a plain Uint8Array, which label readers need as such. */
export type RawRgb = PixelImage & { channels: 3; data: Uint8Array };

export async function rawRgb(pipeline: Sharp): Promise<RawRgb> {
  const { data, info } = await pipeline
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) {
    throw new Error(`expected 3 channels from sharp, got ${info.channels}`);
  }
  return {
    widthPx: info.width,
    heightPx: info.height,
    channels: 3,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
