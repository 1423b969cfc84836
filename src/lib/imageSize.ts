// Size math for derived images: fit a long side, apply EXIF orientation to dimensions, and the
// pixel budget no canvas or bitmap may exceed (iOS Safari refuses canvases above 16,777,216 px,
// and a 48 MP RGBA bitmap alone is ~190 MB).

export interface SizePx {
  widthPx: number;
  heightPx: number;
}

/** Largest canvas/bitmap area we ever allocate: 4096 × 4096. */
export const MAX_CANVAS_PIXELS = 16_777_216;

/**
 * `size` scaled so its long side is at most `longSidePx`, never upscaled; each side is at least
 * 1 px and rounded to the nearest pixel.
 */
export function fitLongSide(size: SizePx, longSidePx: number): SizePx {
  const long = Math.max(size.widthPx, size.heightPx);
  if (long <= longSidePx) return { widthPx: size.widthPx, heightPx: size.heightPx };
  const scale = longSidePx / long;
  return {
    widthPx: Math.max(1, Math.round(size.widthPx * scale)),
    heightPx: Math.max(1, Math.round(size.heightPx * scale)),
  };
}

/** EXIF orientations 5–8 turn the image by 90°, so width and height swap. */
export function swapsAxes(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5 && orientation <= 8;
}

/** Upright size of an image whose stored (sensor) size is `stored`. */
export function uprightSize(stored: SizePx, orientation: number | undefined): SizePx {
  return swapsAxes(orientation)
    ? { widthPx: stored.heightPx, heightPx: stored.widthPx }
    : { widthPx: stored.widthPx, heightPx: stored.heightPx };
}

export function pixelCount(size: SizePx): number {
  return size.widthPx * size.heightPx;
}

export function fitsCanvasBudget(size: SizePx): boolean {
  return pixelCount(size) <= MAX_CANVAS_PIXELS;
}

/**
 * JPEG decoders can scale by n/8 while decoding (DCT scaling). The smallest n (1–8) whose
 * result still has a long side ≥ `longSidePx`, so the decode is never smaller than the target
 * and the final resize only ever shrinks.
 */
export function jpegScaleNumerator(size: SizePx, longSidePx: number): number {
  const long = Math.max(size.widthPx, size.heightPx);
  for (let n = 1; n < 8; n++) if ((long * n) / 8 >= longSidePx) return n;
  return 8;
}
