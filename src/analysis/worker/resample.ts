// Resampling for the shaft-width passes (shaftRulePass.ts), beside the filters that resize the
// photo itself (lib/areaDownscale.ts, lib/cubicUpscale.ts): a whole-factor block mean for the
// wide-shaft probe's copy, and the probabilities brought back to the photo's size (bilinearly
// from a shrunk pass, by area from an enlarged one) so masks, coverage and regions line up with
// the photo.
import { areaSpans } from '../../lib/areaDownscale';
import type { ClassProbabilities, PixelImage } from './image';

/**
 * Mean of each k×k block, in integers (the wide-shaft probe's copy): about half the area
 * filter's time on a 2048×1536 photo (9 against 17 ms in Node). The last sw mod k columns and
 * sh mod k rows are dropped, so the copy is exactly 1/k of the photo's scale.
 */
export function blockShrink(image: PixelImage, k: number): PixelImage {
  const { widthPx: sw, channels, data } = image;
  const widthPx = Math.max(1, Math.floor(sw / k));
  const heightPx = Math.max(1, Math.floor(image.heightPx / k));
  const out = new Uint8Array(widthPx * heightPx * 3);
  const area = k * k;
  const rowStride = sw * channels;
  const blockStride = k * channels;
  let o = 0;
  for (let y = 0; y < heightPx; y += 1) {
    const top = y * k * rowStride;
    for (let x = 0; x < widthPx; x += 1, o += 3) {
      // Sums in locals, not an array: V8 keeps them in registers.
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0, row = top + x * blockStride; dy < k; dy += 1, row += rowStride) {
        for (let i = row, end = row + blockStride; i < end; i += channels) {
          r += data[i]!;
          g += data[i + 1]!;
          b += data[i + 2]!;
        }
      }
      out[o] = Math.round(r / area);
      out[o + 1] = Math.round(g / area);
      out[o + 2] = Math.round(b / area);
    }
  }
  return { widthPx, heightPx, channels: 3, data: out };
}

/** Resampled hair and skin planes with background as the rest, as in the blend (preprocess.ts). */
function withBackground(
  widthPx: number,
  heightPx: number,
  hair: Float32Array,
  skin: Float32Array,
): ClassProbabilities {
  const background = new Float32Array(hair.length);
  for (let k = 0; k < background.length; k += 1) {
    background[k] = Math.max(0, 1 - hair[k]! - skin[k]!);
  }
  return { widthPx, heightPx, hair, skin, background };
}

function enlargePlane(src: Float32Array, sw: number, sh: number, w: number, h: number) {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    // Pixel centres: output centre y + 0.5 maps to source (y + 0.5)·sh/h − 0.5.
    const fy = Math.min(sh - 1, Math.max(0, ((y + 0.5) * sh) / h - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < w; x += 1) {
      const fx = Math.min(sw - 1, Math.max(0, ((x + 0.5) * sw) / w - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const tx = fx - x0;
      const top = src[y0 * sw + x0]! * (1 - tx) + src[y0 * sw + x1]! * tx;
      const bottom = src[y1 * sw + x0]! * (1 - tx) + src[y1 * sw + x1]! * tx;
      out[y * w + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return out;
}

/**
 * Bilinear upscale of the hair and skin planes; background is the rest, as in the blend
 * (preprocess.ts). Bilinear weights are convex, so hair + skin stays within 0..1.
 */
export function enlargeProbabilities(
  probs: ClassProbabilities,
  widthPx: number,
  heightPx: number,
): ClassProbabilities {
  const { widthPx: sw, heightPx: sh } = probs;
  return withBackground(
    widthPx,
    heightPx,
    enlargePlane(probs.hair, sw, sh, widthPx, heightPx),
    enlargePlane(probs.skin, sw, sh, widthPx, heightPx),
  );
}

/** Area mean of a plane, columns first; each output is the mean of the source area it covers. */
function shrinkPlane(src: Float32Array, sw: number, sh: number, w: number, h: number) {
  const cols = areaSpans(sw, w);
  const mid = new Float32Array(w * sh);
  for (let y = 0; y < sh; y += 1) {
    const row = y * sw;
    for (let x = 0; x < w; x += 1) {
      const from = row + cols.first[x]!;
      const at = cols.at[x]!;
      let v = 0;
      for (let i = 0, n = cols.count[x]!; i < n; i += 1) v += src[from + i]! * cols.w[at + i]!;
      mid[y * w + x] = v;
    }
  }
  const rows = areaSpans(sh, h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    const o = y * w;
    for (let i = 0, n = rows.count[y]!; i < n; i += 1) {
      const m = (rows.first[y]! + i) * w;
      const wt = rows.w[rows.at[y]! + i]!;
      for (let x = 0; x < w; x += 1) out[o + x] = out[o + x]! + mid[m + x]! * wt;
    }
  }
  return out;
}

/**
 * Area shrink of the hair and skin planes of an enlarged pass back to the photo's size: soft
 * sums, and so coverage, are kept; background is the rest, as in the blend.
 */
export function shrinkProbabilities(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'>,
  widthPx: number,
  heightPx: number,
): ClassProbabilities {
  const { widthPx: sw, heightPx: sh } = probs;
  if (widthPx > sw || heightPx > sh) {
    throw new RangeError(`shrinkProbabilities: ${sw}×${sh} → ${widthPx}×${heightPx}`);
  }
  return withBackground(
    widthPx,
    heightPx,
    shrinkPlane(probs.hair, sw, sh, widthPx, heightPx),
    shrinkPlane(probs.skin, sw, sh, widthPx, heightPx),
  );
}
