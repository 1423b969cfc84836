// The hair counter's calibration — measured in stop 28, not adopted (HairCountOptions.calibrate
// is off in the app): it read 144 fresh validation close-ups closer than the rule alone but the
// held-out set worse, where a few clear shafts were all there was and it added hairs for the
// fine and hidden ones its training counts include. The rule counter (hairCount.ts) counts line ends, so it
// over-counts sparse fields of long hair (every broken shaft or stray line adds ends) and
// under-counts dense ones (shafts lying along one another merge). How far off it is depends on
// what else the mask shows, so the count is corrected with a log-linear model of the true count
// on the rule's count, the hair length per frame and the shaft width relative to the frame,
// fitted on 3,600 synthetic close-ups with exact counts (models/train/count_calibrate.py; the
// figures and the data are in MODEL_CARD.md, "Hair count"). Every term is a ratio within the
// photo, so it does not depend on the photo's resolution.

/** Bump when the coefficients or the form change: stored counts name the counter that made them. */
export const HAIR_COUNTER_VERSION = 'hair-count-2';

/**
 * log(1 + hairs) = a + b·lr + c·ll + d·lw + e·lr·ll, with lr = log(1 + rule count),
 * ll = log(hair length / frame diagonal + LENGTH_OFFSET), lw = log(shaft width / frame diagonal).
 * From `count_calibrate.py --train models/.cache/count-planes/train0 …/train1` (stop 28).
 */
const COEFFICIENTS = [2.844398, 0.338719, 0.257355, 0.482431, 0.151463] as const;
const LENGTH_OFFSET = 0.05;
/**
 * ll and lw are held to the range they took on the training close-ups, so a photo unlike all of
 * them (a scope of far lower magnification, a frame of much longer hair) gets the correction of
 * the nearest ones rather than an extrapolation. The rule's count is not held: more traced hairs
 * must never read as fewer.
 */
const LL_RANGE = [-1.978, 2.908] as const;
const LW_RANGE = [-5.19, -2.66] as const;

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

export interface CalibrationInput {
  /** The rule counter's count (≥ 0). */
  ruleHairs: number;
  /** Hair pixels (p ≥ 0.5) and the typical shaft width, at the analysis scale. */
  hairAreaPx: number;
  shaftWidthPx: number;
  widthPx: number;
  heightPx: number;
}

/** The calibrated count; a rule count of 0 stays 0 (no hair the counter was sure of). */
export function calibratedHairCount({
  ruleHairs,
  hairAreaPx,
  shaftWidthPx,
  widthPx,
  heightPx,
}: CalibrationInput): number {
  if (ruleHairs <= 0 || shaftWidthPx <= 0 || hairAreaPx <= 0) return 0;
  const diagonal = Math.hypot(widthPx, heightPx);
  const lr = Math.log1p(ruleHairs);
  const ll = clamp(Math.log(hairAreaPx / shaftWidthPx / diagonal + LENGTH_OFFSET), LL_RANGE);
  const lw = clamp(Math.log(shaftWidthPx / diagonal), LW_RANGE);
  const [a, b, c, d, e] = COEFFICIENTS;
  return Math.max(0, Math.round(Math.expm1(a + b * lr + c * ll + d * lw + e * lr * ll)));
}
