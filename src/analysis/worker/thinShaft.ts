// The thin-shaft rule: hair whose ridge scale (ridgeScale.ts) is below RIDGE_TARGET_PX is
// analysed enlarged, by RIDGE_TARGET_PX / scale, so it reaches the model at about the widths it
// was trained on. The counterpart of the wide-shaft rule (shaftScale.ts), for photos taken from
// further away or brought down to the analysis scale. Chosen on two validation sets (seeds
// 8,000,000+ and 8,100,000+, 168 images) resampled ×0.5–×1 and checked on the follow-up pairs
// (`npx tsx scripts/thinShaftSweep.ts`; MODEL_CARD.md, "Thin-shaft pass"), as the target with
// the largest gain at ×0.5 and ×0.71 that leaves ×1, the scale the model was calibrated at, no
// worse on either set: 1.8 read better at ×0.5 but worse at ×1.

/** Ridge scale (px, σ of the strongest response) below which the photo is enlarged. */
export const RIDGE_TARGET_PX = 1.6;
/** Never enlarge by more than this: beyond it the model sees interpolation, not hair. */
export const MAX_ENLARGE = 2;
/** Below this enlargement a second pass is not worth its cost. */
export const MIN_ENLARGE = 1.1;
/**
 * Pixels an enlarged photo may have: twice a 2048×1536 analysis image. The worker's extra
 * memory (class planes, blend sums, the enlarged pixels) grows with this area, so a full-size
 * photo is enlarged by at most √2, not 2× (on validation at ×0.5, with a 1.8-px target, a √2
 * cap read 6.35 against 6.19 pp with 2×).
 */
export const MAX_ENLARGED_PIXELS = 2048 * 1536 * 2;

/**
 * Scale (> 1) to analyse a `pixels`-pixel photo at, or undefined when its hair is within the
 * trained range (or there is none to read).
 */
export function thinShaftFactor(
  ridgeSigmaPx: number | undefined,
  pixels: number,
  targetPx: number = RIDGE_TARGET_PX,
): number | undefined {
  if (ridgeSigmaPx === undefined || !(ridgeSigmaPx > 0) || ridgeSigmaPx >= targetPx) {
    return undefined;
  }
  const factor = Math.min(maxEnlargement(pixels), targetPx / ridgeSigmaPx);
  return factor >= MIN_ENLARGE ? factor : undefined;
}

/** The most a `pixels`-pixel photo may be enlarged: MAX_ENLARGE within the pixel budget. */
export function maxEnlargement(pixels: number): number {
  return Math.min(MAX_ENLARGE, Math.sqrt(MAX_ENLARGED_PIXELS / pixels));
}
