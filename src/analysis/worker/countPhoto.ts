// The photo a close-up's hairs are counted on. The counter (and the segmenter's close-up data) was
// trained on close-ups of 512 and 1,024 px; on larger ones the segmenter's planes over-count
// (MODEL_CARD.md, Hair count, stop 30: on validation close-ups of 1,536-2,048 px, counting from a
// 1,024-px copy read closer than the photo at its own size, except where the copy took fine
// shafts too thin to count). The coverage reading stays the full-size one: only the count uses
// the copy.
import { downscaleArea } from '../../lib/areaDownscale';
import { fitLongSide } from '../../lib/imageSize';
import { countGate, MIN_COUNT_SHAFT_WIDTH_PX } from './hairCount';
import type { ClassProbabilities, PixelImage } from './image';

/** Long side, px, above which a close-up is counted on a copy shrunk to it. */
export const COUNT_PHOTO_MAX_SIDE_PX = 1024;

/** `image` itself when its long side is at most `maxSidePx`, else an area-shrunk copy. */
export function countPhoto(image: PixelImage, maxSidePx = COUNT_PHOTO_MAX_SIDE_PX): PixelImage {
  const size = fitLongSide(image, maxSidePx);
  if (size.widthPx === image.widthPx && size.heightPx === image.heightPx) return image;
  return downscaleArea(image, size.widthPx, size.heightPx);
}

/**
 * The planes to count hairs on: `fullSize` (the reading already made of `image`, else `image`
 * segmented) when the photo is small enough, or when the count photo's shafts read too thin to
 * count (fine hair the shrink took below MIN_COUNT_SHAFT_WIDTH_PX); else the count photo's.
 */
export async function countingPlanes(
  image: PixelImage,
  segment: (photo: PixelImage) => Promise<ClassProbabilities>,
  fullSize?: ClassProbabilities,
  maxSidePx = COUNT_PHOTO_MAX_SIDE_PX,
): Promise<ClassProbabilities> {
  const atFullSize = () => fullSize ?? segment(image);
  const photo = countPhoto(image, maxSidePx);
  if (photo === image) return atFullSize();
  const planes = await segment(photo);
  const gate = countGate(planes, MIN_COUNT_SHAFT_WIDTH_PX);
  return 'reason' in gate && gate.reason === 'too-thin' ? atFullSize() : planes;
}
