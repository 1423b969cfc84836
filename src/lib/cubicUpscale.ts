// Bicubic (Catmull-Rom, a = −0.5) upscaling of an interleaved RGB or RGBA buffer into RGB, for
// the analysis's thin-shaft pass, which analyses a photo larger when its hair is too thin for the
// model. Catmull-Rom rather than bilinear: bilinear adds its own blur to hair that is already
// only a pixel or two wide; rather than lanczos: four taps per axis, not six, and the smaller
// overshoot leaves less ringing beside dark shafts. Separable: rows first into a float buffer,
// then columns.
import type { PixelBuffer } from './areaDownscale';

/** Catmull-Rom weights for the four taps around fractional offset t (0 ≤ t < 1). */
function weights(t: number, out: Float64Array, at: number): void {
  const t2 = t * t;
  const t3 = t2 * t;
  out[at] = -0.5 * t3 + t2 - 0.5 * t;
  out[at + 1] = 1.5 * t3 - 2.5 * t2 + 1;
  out[at + 2] = -1.5 * t3 + 2 * t2 + 0.5 * t;
  out[at + 3] = 0.5 * t3 - 0.5 * t2;
}

/**
 * For each output index: its four source indices (clamped to the edge) and their weights,
 * flattened, so the inner loops read typed arrays only.
 */
function taps(src: number, dst: number): { index: Int32Array; w: Float32Array } {
  const index = new Int32Array(dst * 4);
  const w = new Float32Array(dst * 4);
  const tmp = new Float64Array(4);
  for (let o = 0; o < dst; o += 1) {
    // Pixel centres line up: output centre o + 0.5 sits at source (o + 0.5)·src/dst.
    const f = ((o + 0.5) * src) / dst - 0.5;
    const i = Math.floor(f);
    weights(f - i, tmp, 0);
    for (let t = 0; t < 4; t += 1) {
      index[o * 4 + t] = Math.min(src - 1, Math.max(0, i - 1 + t));
      w[o * 4 + t] = tmp[t]!;
    }
  }
  return { index, w };
}

/**
 * `src` enlarged to `widthPx × heightPx` (each ≥ the source side), as RGB: the model reads
 * three channels, and dropping alpha here saves a quarter of the work on a decoded RGBA photo.
 */
export function upscaleCubic(
  src: PixelBuffer,
  widthPx: number,
  heightPx: number,
): { data: Uint8ClampedArray; widthPx: number; heightPx: number; channels: 3 } {
  const { widthPx: sw, heightPx: sh, channels, data } = src;
  if (widthPx < sw || heightPx < sh) {
    throw new RangeError(`upscaleCubic: ${sw}×${sh} → ${widthPx}×${heightPx} is not an upscale`);
  }
  const cols = taps(sw, widthPx);
  const rows = taps(sh, heightPx);
  // Horizontal pass over every source row, into RGB floats.
  const stride = widthPx * 3;
  const mid = new Float32Array(stride * sh);
  for (let y = 0; y < sh; y += 1) {
    const row = y * sw * channels;
    let o = y * stride;
    for (let x = 0; x < widthPx; x += 1, o += 3) {
      const t = x * 4;
      const i0 = row + cols.index[t]! * channels;
      const i1 = row + cols.index[t + 1]! * channels;
      const i2 = row + cols.index[t + 2]! * channels;
      const i3 = row + cols.index[t + 3]! * channels;
      const w0 = cols.w[t]!;
      const w1 = cols.w[t + 1]!;
      const w2 = cols.w[t + 2]!;
      const w3 = cols.w[t + 3]!;
      for (let c = 0; c < 3; c += 1) {
        mid[o + c] =
          data[i0 + c]! * w0 + data[i1 + c]! * w1 + data[i2 + c]! * w2 + data[i3 + c]! * w3;
      }
    }
  }
  const out = new Uint8ClampedArray(stride * heightPx);
  for (let y = 0; y < heightPx; y += 1) {
    const t = y * 4;
    const r0 = rows.index[t]! * stride;
    const r1 = rows.index[t + 1]! * stride;
    const r2 = rows.index[t + 2]! * stride;
    const r3 = rows.index[t + 3]! * stride;
    const w0 = rows.w[t]!;
    const w1 = rows.w[t + 1]!;
    const w2 = rows.w[t + 2]!;
    const w3 = rows.w[t + 3]!;
    const o = y * stride;
    for (let i = 0; i < stride; i += 1) {
      // Uint8ClampedArray rounds and clamps the overshoot.
      out[o + i] = mid[r0 + i]! * w0 + mid[r1 + i]! * w1 + mid[r2 + i]! * w2 + mid[r3 + i]! * w3;
    }
  }
  return { data: out, widthPx, heightPx, channels: 3 };
}
