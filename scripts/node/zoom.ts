// Eval samples at another scale, for the scale-robustness table of `npm run eval`: real photos
// reach the app at whatever magnification the camera, the distance and the resolution give, so
// hair that is 3 px wide in the eval set may be 1.5 or 6 px wide in a patient's photo.
import sharp from 'sharp';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { labelPlanes } from './evalMetrics';
import { rawRgb } from './rawRgb';

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
  const [image, label] = await Promise.all([
    rawRgb(sharp(imagePath).resize(widthPx, heightPx, { fit: 'fill' })),
    rawRgb(sharp(labelPath).resize(widthPx, heightPx, { fit: 'fill', kernel: 'linear' })),
  ]);
  return { image, label: labelPlanes(label.data, widthPx, heightPx) };
}
