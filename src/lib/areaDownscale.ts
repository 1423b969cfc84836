// Area-average (box) downscaling of an interleaved RGB or RGBA buffer. Used for HEIC, where
// libheif can only decode at full size (shrinking in JS avoids ever handing a >16.7 MP image to
// a canvas or createImageBitmap), and for the analysis's wide-shaft pass, which analyses a
// photo smaller when its hair shafts are too wide for the model.

export interface PixelBuffer {
  data: Uint8Array | Uint8ClampedArray;
  widthPx: number;
  heightPx: number;
  /** 3 (RGB) or 4 (RGBA), interleaved. */
  channels: 3 | 4;
}

/**
 * `src` shrunk to `widthPx × heightPx` (each ≤ the source side), with its channel count. Every
 * output pixel is the mean of the source pixels it covers, with fractional edge weights, so
 * thin hairs fade rather than alias away.
 */
export function downscaleArea(
  src: PixelBuffer,
  widthPx: number,
  heightPx: number,
): { data: Uint8ClampedArray; widthPx: number; heightPx: number; channels: 3 | 4 } {
  const { widthPx: sw, heightPx: sh, channels, data } = src;
  if (widthPx > sw || heightPx > sh || widthPx < 1 || heightPx < 1) {
    throw new RangeError(`downscaleArea: ${sw}×${sh} → ${widthPx}×${heightPx} is not a downscale`);
  }
  const alpha = channels === 4;
  const sx = sw / widthPx;
  const sy = sh / heightPx;
  const out = new Uint8ClampedArray(widthPx * heightPx * channels);
  // One accumulator row: sums over the source rows that fall into the current output row.
  const acc = new Float64Array(widthPx * channels);
  for (let oy = 0; oy < heightPx; oy++) {
    acc.fill(0);
    const y0 = oy * sy;
    const y1 = y0 + sy;
    for (let y = Math.floor(y0); y < Math.min(sh, Math.ceil(y1)); y++) {
      const wy = Math.min(y + 1, y1) - Math.max(y, y0);
      const row = y * sw * channels;
      for (let ox = 0; ox < widthPx; ox++) {
        const x0 = ox * sx;
        const x1 = x0 + sx;
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let x = Math.floor(x0); x < Math.min(sw, Math.ceil(x1)); x++) {
          const wx = Math.min(x + 1, x1) - Math.max(x, x0);
          const i = row + x * channels;
          r += data[i]! * wx;
          g += data[i + 1]! * wx;
          b += data[i + 2]! * wx;
          if (alpha) a += data[i + 3]! * wx;
        }
        const o = ox * channels;
        acc[o] = acc[o]! + r * wy;
        acc[o + 1] = acc[o + 1]! + g * wy;
        acc[o + 2] = acc[o + 2]! + b * wy;
        if (alpha) acc[o + 3] = acc[o + 3]! + a * wy;
      }
    }
    const norm = 1 / (sx * sy);
    const base = oy * widthPx * channels;
    for (let i = 0; i < widthPx * channels; i++) out[base + i] = acc[i]! * norm;
  }
  return { data: out, widthPx, heightPx, channels };
}
