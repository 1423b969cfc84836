// Coverage figures from class probabilities. Soft sums, not hard masks: at analysis scale a hair
// is 1–4 px wide and most hair pixels are mixed, so counting argmax pixels biases coverage
// (see DOMAIN.md, "Labels at low resolution").
import type { ClassProbabilities } from './image';

/** Hair probability from which a pixel is hair in a mask, when the model card names none. */
export const DEFAULT_HAIR_THRESHOLD = 0.5;

/** A pixel whose most likely class has less probability than this is "uncertain". */
export const UNCERTAIN_TOP_PROBABILITY = 0.6;

export interface CoverageFigures {
  /** Hair / (hair + skin), in percent: how much of the scalp area hair covers. */
  hairCoveragePct: number;
  /**
   * Share of the pixels (in percent) where no class reaches UNCERTAIN_TOP_PROBABILITY: how much
   * of the photo the segmenter could not decide. Compared with the model card's calibrated
   * threshold to flag photos unlike anything the model was validated on.
   */
  uncertainPct: number;
  /** Shares of the whole image, in percent (they sum to ~100). */
  hairPct: number;
  skinPct: number;
  backgroundPct: number;
}

/**
 * Soft coverage over all pixels, or over those where `region` is non-zero. With a `temperature`
 * below 1 the class shares are summed from sharpened probabilities, p^(1/T) renormalised per
 * pixel (the model card's `coverageTemperature`, chosen on validation): the model spreads some
 * skin probability over sure hair and hair over sure skin, and plain soft sums read dense hair
 * low. The undecided share always counts the raw probabilities.
 */
export function coverageFromProbabilities(
  probs: Pick<ClassProbabilities, 'hair' | 'skin' | 'background'>,
  region?: Uint8Array,
  temperature: number = 1,
): CoverageFigures {
  const sharpen = sharpener(temperature);
  let hair = 0;
  let skin = 0;
  let background = 0;
  let uncertain = 0;
  let counted = 0;
  const n = probs.hair.length;
  for (let k = 0; k < n; k += 1) {
    if (region && region[k] === 0) continue;
    const h = probs.hair[k] ?? 0;
    const s = probs.skin[k] ?? 0;
    const b = probs.background[k] ?? 0;
    counted += 1;
    if (Math.max(h, s, b) < UNCERTAIN_TOP_PROBABILITY) uncertain += 1;
    if (!sharpen) {
      hair += h;
      skin += s;
      background += b;
      continue;
    }
    const sh = sharpen(h);
    const ss = sharpen(s);
    const sb = sharpen(b);
    const sum = sh + ss + sb;
    if (sum <= 0) continue;
    hair += sh / sum;
    skin += ss / sum;
    background += sb / sum;
  }
  const total = hair + skin + background;
  const scalp = hair + skin;
  return {
    // No scalp at all (an image of a wall) reads as 0 %, not NaN.
    hairCoveragePct: scalp > 0 ? (100 * hair) / scalp : 0,
    uncertainPct: counted > 0 ? (100 * uncertain) / counted : 0,
    hairPct: total > 0 ? (100 * hair) / total : 0,
    skinPct: total > 0 ? (100 * skin) / total : 0,
    backgroundPct: total > 0 ? (100 * background) / total : 0,
  };
}

/** p ↦ p^(1/T), or undefined for T = 1 (nothing to do); T = 0.5 squares, without pow. */
function sharpener(temperature: number): ((p: number) => number) | undefined {
  if (!(temperature > 0)) throw new Error(`coverage temperature must be > 0, not ${temperature}`);
  if (temperature === 1) return undefined;
  if (temperature === 0.5) return (p) => p * p;
  const exponent = 1 / temperature;
  return (p) => p ** exponent;
}

/** Hair probability as 0..255 bytes, for an overlay or a mask file. */
export function hairProbabilityBytes(probs: Pick<ClassProbabilities, 'hair'>): Uint8Array {
  const out = new Uint8Array(probs.hair.length);
  for (let k = 0; k < out.length; k += 1)
    out[k] = Math.round(255 * Math.min(1, Math.max(0, probs.hair[k] ?? 0)));
  return out;
}

/**
 * Hard label per pixel: 2 hair where the hair probability reaches `hairThreshold`, else the
 * likelier of 1 skin and 0 background. The same decision makes the mask files and the eval's IoU.
 */
export function decideLabels(
  probs: Pick<ClassProbabilities, 'hair' | 'skin' | 'background'>,
  hairThreshold: number = DEFAULT_HAIR_THRESHOLD,
): Uint8Array {
  const out = new Uint8Array(probs.hair.length);
  for (let k = 0; k < out.length; k += 1) {
    const h = probs.hair[k] ?? 0;
    const s = probs.skin[k] ?? 0;
    const b = probs.background[k] ?? 0;
    out[k] = h >= hairThreshold ? 2 : s >= b ? 1 : 0;
  }
  return out;
}

/** The hairProbabilityBytes value from which a pixel is hair (same rounding as those bytes). */
export function hairThresholdByte(hairThreshold: number): number {
  return Math.round(255 * hairThreshold);
}

/** Hair probability bytes (possibly resampled) to a binary mask: hair = 255, else 0. */
export function hairMaskBytes(hairProbability: Uint8Array, hairThreshold: number): Uint8Array {
  const threshold = hairThresholdByte(hairThreshold);
  return hairProbability.map((p) => (p >= threshold ? 255 : 0));
}
