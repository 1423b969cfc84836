// Hairs per cm² and shaft widths in µm from a trichoscopy reading and the photo's field of view
// (DOMAIN.md: a close-up at a fixed spot with a known field of view gives hairs per cm² and
// shaft widths). Computed when shown, not stored: a field of view entered or corrected after the
// analysis then applies to it, and the reading itself (a count of hairs in pixels) never changes.
import type { HairCountRecord } from './analysis';

/** Field-of-view widths a dermatoscope photo can plausibly have, mm (10× to 70× and beyond). */
export const FIELD_OF_VIEW_MIN_MM = 0.5;
export const FIELD_OF_VIEW_MAX_MM = 60;

/** Why a field of view is not usable, or undefined when it is. */
export function fieldOfViewProblem(widthMm: number): string | undefined {
  if (!Number.isFinite(widthMm)) return 'Enter the width the photo shows, in mm.';
  if (widthMm < FIELD_OF_VIEW_MIN_MM || widthMm > FIELD_OF_VIEW_MAX_MM) {
    return `A dermatoscope photo shows ${FIELD_OF_VIEW_MIN_MM}–${FIELD_OF_VIEW_MAX_MM} mm across; check the scope's manual or photograph a ruler.`;
  }
  return undefined;
}

function usable(fieldOfViewMm: number | undefined): fieldOfViewMm is number {
  return fieldOfViewMm !== undefined && fieldOfViewProblem(fieldOfViewMm) === undefined;
}

/** Scalp the reading counted over, cm²: the frame's area times its scalp share. */
export function countedAreaCm2(count: HairCountRecord, fieldOfViewMm: number): number {
  const widthCm = fieldOfViewMm / 10;
  const heightCm = (widthCm * count.analysisHeightPx) / count.analysisWidthPx;
  return widthCm * heightCm * (count.scalpPct / 100);
}

/**
 * Hairs per cm², or undefined without a count, without scalp in the frame, or without a usable
 * field of view.
 */
export function hairsPerCm2(
  count: HairCountRecord,
  fieldOfViewMm: number | undefined,
): number | undefined {
  if (count.hairs === undefined || !usable(fieldOfViewMm)) return undefined;
  const area = countedAreaCm2(count, fieldOfViewMm);
  return area > 0 ? count.hairs / area : undefined;
}

/** Typical shaft width in µm, or undefined without one or without a usable field of view. */
export function shaftWidthUm(
  count: HairCountRecord,
  fieldOfViewMm: number | undefined,
): number | undefined {
  if (count.shaftWidthPx === undefined || !usable(fieldOfViewMm)) return undefined;
  return (count.shaftWidthPx * fieldOfViewMm * 1000) / count.analysisWidthPx;
}
