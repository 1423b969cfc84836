// Shafts far wider than the model was trained on are under-read: one held-out dermoscopy image
// read 21 % coverage with ~19 px shafts and 8 % with the same image at ~85 px (MODEL_CARD.md,
// failure modes). A dermatoscope at high magnification, or a cropped close-up, gets there.
//
// The failing pass cannot tell: on shafts that wide the model finds only their edges, and its
// mask has thin ridges. So a pre-pass on a ≤ 512-px copy, where such shafts are ordinary, reads
// the typical shaft width, scaled back to the photo. Beyond SHAFT_LIMIT_PX the photo is
// analysed at SHAFT_LIMIT_PX / width of its size: a continuous rule, so two photos of one course
// with similar shafts are analysed at similar scales and their readings do not jump at a
// threshold. The estimate, the limit and the mat guard were chosen on the validation set
// (seeds 8,000,000+) resampled ×0.5–×3 and checked on its follow-up pairs (MODEL_CARD.md,
// "Wide-shaft pass"); the eval set reports them.

/** Pre-pass size: one model tile. */
export const PROBE_LONG_SIDE_PX = 512;
/** Typical shaft width (px, as widthFromStats estimates it) beyond which the photo is shrunk. */
export const SHAFT_LIMIT_PX = 20;
/** Never shrink by more than this: the rest of the scene must stay readable. */
export const MAX_SHRINK = 4;
/**
 * Above this share of hair pixels the mask is a mat, not separate shafts: no width. Shrinking a
 * dense head of hair because its mat reads as one wide "shaft" made small photos worse (with no
 * guard, validation at ×0.5: 7.50 → 8.17 pp coverage error); up to 0.8 it changed nothing there.
 */
export const MAX_HAIR_SHARE = 0.8;
/** Hair probability from which a pixel belongs to a shaft (its edge). */
const SHAFT_PROBABILITY = 0.5;
/**
 * A strand at angle θ crosses |cos θ| + |sin θ| pixel edges per pixel of outline; averaged over
 * directions that is 4/π, so counted edges overstate the outline by this much.
 */
const EDGE_COUNT_PER_OUTLINE = 4 / Math.PI;

/** What the width estimate reads off a hair mask: its area, its outline, and the frame. */
export interface ShaftMaskStats {
  /** Hair pixels (p ≥ 0.5). */
  area: number;
  /** Pixel edges between hair and non-hair, inside the frame. */
  edges: number;
  /** Pixels in the frame. */
  pixels: number;
}

export function shaftMaskStats(
  hair: Float32Array,
  widthPx: number,
  heightPx: number,
): ShaftMaskStats {
  let area = 0;
  let edges = 0;
  for (let y = 0; y < heightPx; y += 1) {
    const row = y * widthPx;
    for (let x = 0; x < widthPx; x += 1) {
      const k = row + x;
      const inside = hair[k]! >= SHAFT_PROBABILITY;
      if (inside) area += 1;
      if (x + 1 < widthPx && inside !== hair[k + 1]! >= SHAFT_PROBABILITY) edges += 1;
      if (y + 1 < heightPx && inside !== hair[k + widthPx]! >= SHAFT_PROBABILITY) edges += 1;
    }
  }
  return { area, edges, pixels: widthPx * heightPx };
}

/**
 * Typical shaft width: 2 · area / outline, the width of a long strand (area = length · width,
 * outline ≈ 2 · length) and, for many strands, their area-weighted mean. The frame edge is not
 * outline, so a shaft cut by the frame keeps its width. Undefined without hair, or when hair
 * fills more than `maxHairShare` of the frame.
 */
export function widthFromStats(
  { area, edges, pixels }: ShaftMaskStats,
  maxHairShare: number = MAX_HAIR_SHARE,
): number | undefined {
  if (area === 0 || edges === 0 || area > maxHairShare * pixels) return undefined;
  return (2 * area * EDGE_COUNT_PER_OUTLINE) / edges;
}

/**
 * Scale (< 1) to analyse the photo at, or undefined when its shafts are within the trained
 * range. `probeWidthPx` is widthFromStats on the pre-pass copy, `probeScale` that copy's
 * size relative to the photo.
 */
export function shaftScaleFactor(
  probeWidthPx: number | undefined,
  probeScale: number,
  limitPx: number = SHAFT_LIMIT_PX,
): { factor: number; shaftWidthPx: number } | undefined {
  if (probeWidthPx === undefined) return undefined;
  const shaftWidthPx = probeWidthPx / probeScale;
  if (shaftWidthPx <= limitPx) return undefined;
  return { factor: Math.max(1 / MAX_SHRINK, limitPx / shaftWidthPx), shaftWidthPx };
}
