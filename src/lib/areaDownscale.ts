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
 * Area-filter weights along one axis, `src` pixels → `dst` (≤ src), flattened: output o takes
 * `count[o]` source pixels from `first[o]`, with weights at `at[o]` in `w` (fractional at the
 * span's ends, summing to 1). Shared by the photo filter below and the probability planes'
 * shrink (analysis/worker/resample.ts).
 */
export function areaSpans(src: number, dst: number) {
  const s = src / dst;
  const first = new Int32Array(dst);
  const count = new Int32Array(dst);
  const at = new Int32Array(dst);
  const w = new Float64Array(dst * (Math.ceil(s) + 1));
  let n = 0;
  for (let o = 0; o < dst; o += 1) {
    const x0 = o * s;
    const x1 = x0 + s;
    first[o] = Math.floor(x0);
    at[o] = n;
    for (let x = first[o]!; x < Math.min(src, Math.ceil(x1)); x += 1) {
      w[n] = (Math.min(x + 1, x1) - Math.max(x, x0)) / s;
      n += 1;
    }
    count[o] = n - at[o]!;
  }
  return { first, count, at, w };
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
  const cols = areaSpans(sw, widthPx);
  const rows = areaSpans(sh, heightPx);
  const out = new Uint8ClampedArray(widthPx * heightPx * channels);
  // One accumulator row: sums over the source rows that fall into the current output row.
  const acc = new Float64Array(widthPx * channels);
  for (let oy = 0; oy < heightPx; oy++) {
    acc.fill(0);
    for (let j = 0, nj = rows.count[oy]!; j < nj; j++) {
      const wy = rows.w[rows.at[oy]! + j]!;
      const row = (rows.first[oy]! + j) * sw * channels;
      for (let ox = 0; ox < widthPx; ox++) {
        const at = cols.at[ox]!;
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let i = 0, ni = cols.count[ox]!, p = row + cols.first[ox]! * channels; i < ni; i++) {
          const wx = cols.w[at + i]!;
          r += data[p]! * wx;
          g += data[p + 1]! * wx;
          b += data[p + 2]! * wx;
          if (alpha) a += data[p + 3]! * wx;
          p += channels;
        }
        const o = ox * channels;
        acc[o] = acc[o]! + r * wy;
        acc[o + 1] = acc[o + 1]! + g * wy;
        acc[o + 2] = acc[o + 2]! + b * wy;
        if (alpha) acc[o + 3] = acc[o + 3]! + a * wy;
      }
    }
    out.set(acc, oy * widthPx * channels);
  }
  return { data: out, widthPx, heightPx, channels };
}
