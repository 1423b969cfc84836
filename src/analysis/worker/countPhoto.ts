// The photo a close-up's hairs are counted on. The counter (and the segmenter's close-up data) was
// trained on close-ups of 512 and 1,024 px; on larger ones the segmenter's planes over-count
// (MODEL_CARD.md, Hair count, stop 30: on validation close-ups of 1,536-2,048 px, counting from a
// 1,024-px copy read closer than the photo at its own size). The coverage reading stays the
// full-size one: only the count uses the copy.
import { downscaleArea } from '../../lib/areaDownscale';
import { fitLongSide } from '../../lib/imageSize';
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
 * The planes to count hairs on: `fullSize` (the reading already made of `image`) when the photo
 * is small enough, else the count photo segmented afresh.
 */
export async function countingPlanes(
  image: PixelImage,
  segment: (photo: PixelImage) => Promise<ClassProbabilities>,
  fullSize?: ClassProbabilities,
  maxSidePx = COUNT_PHOTO_MAX_SIDE_PX,
): Promise<ClassProbabilities> {
  const photo = countPhoto(image, maxSidePx);
  return photo === image && fullSize ? fullSize : segment(photo);
}
