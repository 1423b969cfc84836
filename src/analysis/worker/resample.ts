// Resampling for the wide-shaft second pass (shaftScale.ts): shrink the photo with a box
// (area) filter, as the app's decoder does, and bring the probabilities back to the photo's
// size bilinearly so masks, coverage and regions line up with the first pass.
import type { ClassProbabilities, PixelImage } from './image';

/**
 * Where each source pixel's area lands when `src` pixels shrink to `dst` (dst ≤ src): a source
 * pixel straddles at most two destination pixels, `first[p]` and the next, with weights
 * `w0[p]` and `w1[p]` (each a share of one destination pixel's area, so they sum over a
 * destination pixel to 1).
 */
function areaSplit(src: number, dst: number) {
  const scale = src / dst;
  const first = new Int32Array(src);
  const w0 = new Float32Array(src);
  const w1 = new Float32Array(src);
  for (let p = 0; p < src; p += 1) {
    const a = Math.min(dst - 1, Math.floor(p / scale));
    const boundary = (a + 1) * scale;
    first[p] = a;
    if (boundary < p + 1 && a + 1 < dst) {
      w0[p] = (boundary - p) / scale;
      w1[p] = (p + 1 - boundary) / scale;
    } else {
      w0[p] = 1 / scale;
    }
  }
  return { first, w0, w1 };
}

/**
 * Area-average downscale to widthPx × heightPx (each at most the source size); RGB out.
 * Separable and in one sweep over the source rows: each source pixel is read once and added to
 * at most two columns and two rows, so a 2048×1536 photo shrinks in a few milliseconds.
 */
export function shrinkImage(image: PixelImage, widthPx: number, heightPx: number): PixelImage {
  const { widthPx: sw, heightPx: sh, channels, data } = image;
  const cols = areaSplit(sw, widthPx);
  const rows = areaSplit(sh, heightPx);
  const sums = new Float32Array(widthPx * heightPx * 3);
  const row = new Float32Array(widthPx * 3);
  for (let y = 0; y < sh; y += 1) {
    row.fill(0);
    let k = y * sw * channels;
    for (let x = 0; x < sw; x += 1, k += channels) {
      const o = cols.first[x]! * 3;
      const a = cols.w0[x]!;
      const b = cols.w1[x]!;
      const r = data[k]!;
      const g = data[k + 1]!;
      const bl = data[k + 2]!;
      row[o] = row[o]! + r * a;
      row[o + 1] = row[o + 1]! + g * a;
      row[o + 2] = row[o + 2]! + bl * a;
      if (b > 0) {
        row[o + 3] = row[o + 3]! + r * b;
        row[o + 4] = row[o + 4]! + g * b;
        row[o + 5] = row[o + 5]! + bl * b;
      }
    }
    const top = rows.first[y]! * widthPx * 3;
    const a = rows.w0[y]!;
    const b = rows.w1[y]!;
    for (let i = 0; i < row.length; i += 1) sums[top + i] = sums[top + i]! + row[i]! * a;
    if (b > 0) {
      const next = top + widthPx * 3;
      for (let i = 0; i < row.length; i += 1) sums[next + i] = sums[next + i]! + row[i]! * b;
    }
  }
  const out = new Uint8Array(sums.length);
  for (let i = 0; i < sums.length; i += 1) out[i] = Math.min(255, Math.round(sums[i]!));
  return { widthPx, heightPx, channels: 3, data: out };
}

/**
 * Mean of each k×k block, in integers (the wide-shaft probe's copy, shaftScale.ts): about a
 * third of shrinkImage's time on a 2048×1536 photo (9 against 31 ms in Node). The last sw mod k columns and sh mod k
 * rows are dropped, so the copy is exactly 1/k of the photo's scale.
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
  const hair = enlargePlane(probs.hair, sw, sh, widthPx, heightPx);
  const skin = enlargePlane(probs.skin, sw, sh, widthPx, heightPx);
  const background = new Float32Array(hair.length);
  for (let k = 0; k < background.length; k += 1) {
    background[k] = Math.max(0, 1 - hair[k]! - skin[k]!);
  }
  return { widthPx, heightPx, hair, skin, background };
}
