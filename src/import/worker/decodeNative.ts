// Decode a JPEG/PNG/WebP straight to its target size with createImageBitmap, so a 48 MP photo
// never becomes a 48 MP bitmap on our side. Orientation: Chromium applies EXIF orientation
// during decode (verified: also with imageOrientation 'none'), and resizeWidth/Height are in
// upright space, so the target must be the *upright* size and we never rotate ourselves.
import type { SizePx } from '../../lib/imageSize';

export async function decodeNative(file: Blob, target: SizePx): Promise<ImageBitmap | undefined> {
  try {
    return await createImageBitmap(file, {
      imageOrientation: 'from-image',
      resizeWidth: target.widthPx,
      resizeHeight: target.heightPx,
      resizeQuality: 'high',
    });
  } catch {
    // InvalidStateError "The source image could not be decoded": corrupt data past the header.
    return undefined;
  }
}
