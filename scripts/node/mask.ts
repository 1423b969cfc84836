// Writes a hair mask PNG at the caller's size: the analysis-scale hair probability is upsampled
// (bilinear, so edges follow the soft probabilities rather than blocky pixels) and thresholded
// at the segmenter's hair threshold: hair = 255, everything else 0, single-channel 8-bit.
import sharp from 'sharp';
import { DEFAULT_HAIR_THRESHOLD, hairMaskBytes } from '../../src/analysis/worker/coverage';

export async function writeHairMaskPng(
  hairProbability: Uint8Array,
  widthPx: number,
  heightPx: number,
  outWidthPx: number,
  outHeightPx: number,
  path: string,
  hairThreshold: number = DEFAULT_HAIR_THRESHOLD,
): Promise<void> {
  const { data: upsampled, info } = await sharp(
    Buffer.from(hairProbability.buffer, hairProbability.byteOffset, hairProbability.byteLength),
    { raw: { width: widthPx, height: heightPx, channels: 1 } },
  )
    .resize(outWidthPx, outHeightPx, { fit: 'fill', kernel: 'linear' })
    // sharp widens one-channel raw input to sRGB on output; keep a single plane.
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1 || upsampled.length !== outWidthPx * outHeightPx) {
    throw new Error(`mask resize gave ${info.width}×${info.height}×${info.channels}`);
  }
  const mask = hairMaskBytes(upsampled, hairThreshold);
  await sharp(mask, { raw: { width: outWidthPx, height: outHeightPx, channels: 1 } })
    .toColourspace('b-w')
    .png({ compressionLevel: 6 })
    .toFile(path);
}
