// Eval samples at another scale, for the scale-robustness table of `npm run eval`: real photos
// reach the app at whatever magnification the camera, the distance and the resolution give, so
// hair that is 3 px wide in the eval set may be 1.5 or 6 px wide in a patient's photo.
import sharp from 'sharp';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { labelPlanes } from './evalMetrics';

export interface ZoomedSample {
  image: PixelImage;
  label: ClassProbabilities;
}

/**
 * The eval photo and its soft label resampled by `factor`. The photo uses sharp's default
 * lanczos3, as an image editor or a phone saving a smaller copy would; the label a triangle
 * filter, whose weights are never negative, so class fractions stay in 0..1.
 */
export async function zoomedSample(
  imagePath: string,
  labelPath: string,
  factor: number,
): Promise<ZoomedSample> {
  const meta = await sharp(imagePath).metadata();
  if (!meta.width || !meta.height) throw new Error(`${imagePath}: no size`);
  const widthPx = Math.max(1, Math.round(meta.width * factor));
  const heightPx = Math.max(1, Math.round(meta.height * factor));
  const [photo, label] = await Promise.all([
    sharp(imagePath)
      .removeAlpha()
      .toColourspace('srgb')
      .resize(widthPx, heightPx, { fit: 'fill' })
      .raw()
      .toBuffer(),
    sharp(labelPath)
      .removeAlpha()
      .toColourspace('srgb')
      .resize(widthPx, heightPx, { fit: 'fill', kernel: 'linear' })
      .raw()
      .toBuffer(),
  ]);
  return {
    image: {
      widthPx,
      heightPx,
      channels: 3,
      data: new Uint8Array(photo.buffer, photo.byteOffset, photo.byteLength),
    },
    label: labelPlanes(
      new Uint8Array(label.buffer, label.byteOffset, label.byteLength),
      widthPx,
      heightPx,
    ),
  };
}
