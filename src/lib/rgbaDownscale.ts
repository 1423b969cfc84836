// Area-average (box) downscaling of an RGBA buffer. Used for HEIC, where libheif can only
// decode at full size: shrinking in JS avoids ever handing a >16.7 MP image to a canvas or
// createImageBitmap.

export interface RgbaImage {
  data: Uint8ClampedArray;
  widthPx: number;
  heightPx: number;
}

/**
 * `src` shrunk to `widthPx × heightPx` (each ≤ the source side). Every output pixel is the
 * mean of the source pixels it covers, with fractional edge weights, so thin hairs fade
 * rather than alias away.
 */
export function downscaleRgba(src: RgbaImage, widthPx: number, heightPx: number): RgbaImage {
  const sw = src.widthPx;
  const sh = src.heightPx;
  if (widthPx > sw || heightPx > sh || widthPx < 1 || heightPx < 1) {
    throw new RangeError(`downscaleRgba: ${sw}×${sh} → ${widthPx}×${heightPx} is not a downscale`);
  }
  const sx = sw / widthPx;
  const sy = sh / heightPx;
  const out = new Uint8ClampedArray(widthPx * heightPx * 4);
  // One accumulator row: sums over the source rows that fall into the current output row.
  const acc = new Float64Array(widthPx * 4);
  for (let oy = 0; oy < heightPx; oy++) {
    acc.fill(0);
    const y0 = oy * sy;
    const y1 = y0 + sy;
    for (let y = Math.floor(y0); y < Math.min(sh, Math.ceil(y1)); y++) {
      const wy = Math.min(y + 1, y1) - Math.max(y, y0);
      const row = y * sw * 4;
      for (let ox = 0; ox < widthPx; ox++) {
        const x0 = ox * sx;
        const x1 = x0 + sx;
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let x = Math.floor(x0); x < Math.min(sw, Math.ceil(x1)); x++) {
          const wx = Math.min(x + 1, x1) - Math.max(x, x0);
          const i = row + x * 4;
          r += src.data[i]! * wx;
          g += src.data[i + 1]! * wx;
          b += src.data[i + 2]! * wx;
          a += src.data[i + 3]! * wx;
        }
        const o = ox * 4;
        acc[o] = acc[o]! + r * wy;
        acc[o + 1] = acc[o + 1]! + g * wy;
        acc[o + 2] = acc[o + 2]! + b * wy;
        acc[o + 3] = acc[o + 3]! + a * wy;
      }
    }
    const norm = 1 / (sx * sy);
    const base = oy * widthPx * 4;
    for (let i = 0; i < widthPx * 4; i++) out[base + i] = acc[i]! * norm;
  }
  return { data: out, widthPx, heightPx };
}
