// Large JPEGs: decode at a reduced scale inside the codec (WebCodecs ImageDecoder with
// desiredWidth/Height). createImageBitmap's resize options only shrink *after* a full-size
// decode in Chromium (measured: +283 MiB for a 48 MP photo); Chromium's JPEG decoder picks the
// n/8 DCT scale that fits the desired area, so a 48 MP photo decodes straight to 3024×2268.
// The frame carries the EXIF rotation as metadata and createImageBitmap(frame) applies it, so
// as with decodeNative the resize target is the upright size.
import { jpegScaleNumerator, type SizePx } from '../../lib/imageSize';

/** Slack so rounding in the decoder's area comparison cannot drop it to the next scale down. */
const DESIRED_SLACK_PX = 8;

export type ScaledDecode = { ok: true; bitmap: ImageBitmap } | { ok: false };

export async function decodeJpegScaled(
  file: Blob,
  upright: SizePx,
  target: SizePx,
): Promise<ScaledDecode> {
  const n = jpegScaleNumerator(upright, Math.max(target.widthPx, target.heightPx));
  if (n === 8 || typeof ImageDecoder === 'undefined') return { ok: false };
  if (!(await ImageDecoder.isTypeSupported('image/jpeg'))) return { ok: false };
  const decoder = new ImageDecoder({
    data: file.stream(),
    type: 'image/jpeg',
    desiredWidth: Math.ceil((upright.widthPx * n) / 8) + DESIRED_SLACK_PX,
    desiredHeight: Math.ceil((upright.heightPx * n) / 8) + DESIRED_SLACK_PX,
  });
  try {
    const { image } = await decoder.decode({ frameIndex: 0 });
    try {
      const bitmap = await createImageBitmap(image, {
        resizeWidth: target.widthPx,
        resizeHeight: target.heightPx,
        resizeQuality: 'high',
      });
      return { ok: true, bitmap };
    } finally {
      image.close();
    }
  } catch {
    // Let the caller retry with createImageBitmap, which decides whether the file is damaged.
    return { ok: false };
  } finally {
    decoder.close();
  }
}
