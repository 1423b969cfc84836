// Encode the working copy and the thumbnail from a bitmap that is already at working size.
// JPEG has no alpha, so transparent PNGs are flattened on white (not black, the default).
import { fitLongSide, type SizePx } from '../../lib/imageSize';
import { THUMB_LONG_SIDE_PX } from '../../domain/photo';
import type { DerivedImage } from '../protocol';
import { THUMB_JPEG_QUALITY, WORKING_JPEG_QUALITY } from './limits';

async function toJpeg(source: ImageBitmap, size: SizePx, quality: number): Promise<DerivedImage> {
  const canvas = new OffscreenCanvas(size.widthPx, size.heightPx);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('OffscreenCanvas 2D context is unavailable');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.widthPx, size.heightPx);
  ctx.drawImage(source, 0, 0, size.widthPx, size.heightPx);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return { blob, widthPx: size.widthPx, heightPx: size.heightPx };
}

export async function encodeDerived(
  working: ImageBitmap,
): Promise<{ working: DerivedImage; thumb: DerivedImage }> {
  const workingSize = { widthPx: working.width, heightPx: working.height };
  const workingImage = await toJpeg(working, workingSize, WORKING_JPEG_QUALITY);
  const thumbSize = fitLongSide(workingSize, THUMB_LONG_SIDE_PX);
  // A separate high-quality resize: drawImage's one-step 6× shrink would alias fine hair.
  const thumbBitmap = await createImageBitmap(working, {
    resizeWidth: thumbSize.widthPx,
    resizeHeight: thumbSize.heightPx,
    resizeQuality: 'high',
  });
  try {
    const thumb = await toJpeg(thumbBitmap, thumbSize, THUMB_JPEG_QUALITY);
    return { working: workingImage, thumb };
  } finally {
    thumbBitmap.close();
  }
}
