// The texture blur score of Crété-Roffet, Dolmière, Ladret and Nicolas (2007, "The blur effect:
// perception and estimation with a new no-reference perceptual blur metric"), on the scalp a
// reading found: re-blur the luma with a 9-px box along one axis and see how much of the
// neighbour-to-neighbour variation that takes away; the blurrier axis counts. It was the out-of-
// focus flag's first statistic and was dropped (MODEL_CARD.md, Out-of-focus flag): a sharp
// dermatoscope close-up, all smooth skin and wide shafts, scores as blurred as a defocused phone
// photo. Kept here so the sweep's comparison can be run again; the app does not use it.
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { luminance } from '../../src/analysis/worker/image';

const BOX_RADIUS_PX = 4;

/** Box mean along one axis (0: across, 1: down) over the in-frame part of the box. */
function boxAlong(luma: Float32Array, w: number, h: number, axis: 0 | 1): Float32Array {
  const out = new Float32Array(luma.length);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      let n = 0;
      for (let d = -BOX_RADIUS_PX; d <= BOX_RADIUS_PX; d += 1) {
        const xx = axis === 0 ? x + d : x;
        const yy = axis === 1 ? y + d : y;
        if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
        sum += luma[yy * w + xx]!;
        n += 1;
      }
      out[y * w + x] = sum / n;
    }
  }
  return out;
}

/** 0 (sharp) to 1 (nothing left to lose); undefined with no neighbouring scalp pixels. */
export function scalpBlurScore(
  image: PixelImage,
  probs: Pick<ClassProbabilities, 'hair' | 'skin'>,
): number | undefined {
  const { widthPx: w, heightPx: h } = image;
  const luma = luminance(image);
  const scalp = (k: number) => probs.hair[k]! + probs.skin[k]! >= 0.5;
  const scores: number[] = [];
  for (const axis of [0, 1] as const) {
    const blurred = boxAlong(luma, w, h, axis);
    const step = axis === 0 ? 1 : w;
    let variation = 0;
    let lost = 0;
    for (let y = axis; y < h; y += 1) {
      for (let x = 1 - axis; x < w; x += 1) {
        const k = y * w + x;
        if (!scalp(k) || !scalp(k - step)) continue;
        const d = Math.abs(luma[k]! - luma[k - step]!);
        variation += d;
        lost += Math.max(0, d - Math.abs(blurred[k]! - blurred[k - step]!));
      }
    }
    if (variation === 0) return undefined;
    scores.push((variation - lost) / variation);
  }
  return Math.max(...scores);
}
