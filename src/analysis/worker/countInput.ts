// The learned hair counter's input (models/train/count_train.py trains on what this writes, via
// scripts/countPlanes.ts; the app feeds it the same): the segmenter's hair and skin planes of a
// trichoscopy close-up, area-shrunk so that a typical shaft is COUNT_INPUT_SHAFT_WIDTH_PX wide.
// At one shaft width the counter sees every close-up alike, whatever the scope's magnification,
// and its receptive field spans the same number of shaft widths.
import { countGate } from './hairCount';
import type { ClassProbabilities } from './image';
import { shrinkProbabilities } from './resample';

/** Typical shaft width in the counter's input, px; wider shafts are shrunk to it, never enlarged. */
export const COUNT_INPUT_SHAFT_WIDTH_PX = 4;

export type CountInputReason = 'too-thin' | 'mat';

export interface CountInput {
  widthPx: number;
  heightPx: number;
  /** Hair, then skin probabilities, each widthPx × heightPx. */
  hair: Float32Array;
  skin: Float32Array;
  /** Hair pixels (p ≥ 0.5) at the analysis scale: the floor on a count (hairCount.ts). */
  hairAreaPx: number;
  /** Typical shaft width at the analysis scale. */
  shaftWidthPx: number;
  /** Input size over analysis size (≤ 1). */
  scale: number;
}

/**
 * The counter's input, or why there is none: no hair (`undefined` width, zero area), a mat
 * (hair over 80 % of the frame) or shafts narrower than `minShaftWidthPx`.
 */
export function countInput(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'>,
  minShaftWidthPx: number,
): CountInput | { reason: CountInputReason; shaftWidthPx?: number } | { empty: true } {
  const { widthPx: w, heightPx: h } = probs;
  const gate = countGate(probs, minShaftWidthPx);
  if (!('stats' in gate)) return gate;
  const { stats, shaftWidthPx } = gate;
  const scale = Math.min(1, COUNT_INPUT_SHAFT_WIDTH_PX / shaftWidthPx);
  const iw = Math.max(1, Math.round(w * scale));
  const ih = Math.max(1, Math.round(h * scale));
  const small = iw === w && ih === h ? probs : shrinkProbabilities(probs, iw, ih);
  return {
    widthPx: iw,
    heightPx: ih,
    hair: small.hair,
    skin: small.skin,
    hairAreaPx: stats.area,
    shaftWidthPx,
    scale: iw / w,
  };
}
