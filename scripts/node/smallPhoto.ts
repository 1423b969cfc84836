// Crops of one labelled image read as photos of their own, for the small-photo flag: its sweep on
// validation (scripts/smallPhotoSweep.ts) and its held-out table in `npm run eval`. A centred
// square crop keeps the image's scale, so the only thing that changes from side to side is how
// much of the scalp the network gets to see.
import sharp from 'sharp';
import { coverageFromProbabilities } from '../../src/analysis/worker/coverage';
import type { Segmenter } from '../../src/analysis/worker/segmenter';
import { scoreReading, summariseBounds, type ScoredReading } from './errorBounds';
import { readLabelFile } from './labelFile';
import { rawRgb } from './rawRgb';
import { labelPathOf, type SweepSample } from './sweepSet';

/** Crop sides read, px; 448 is the whole eval or validation image. */
export const CROP_SIDES_PX = [448, 320, 256, 192, 160, 128, 96, 64, 48, 32] as const;

/**
 * A crop counts only where its label holds at least this share of scalp (hair + skin): coverage
 * is a share of the scalp, so a crop of backdrop alone has no true coverage to miss.
 */
const MIN_SCALP_SHARE = 0.25;

export interface CropReading extends ScoredReading {
  group: string;
  id: string;
  sidePx: number;
  truthPct: number;
}

function centredCrop(widthPx: number, heightPx: number, sidePx: number) {
  const side = Math.min(sidePx, widthPx, heightPx);
  return {
    left: Math.floor((widthPx - side) / 2),
    top: Math.floor((heightPx - side) / 2),
    width: side,
    height: side,
  };
}

/** Every crop side of one sample that holds enough scalp, read through `segmenter`. */
export async function readCrops(
  segmenter: Segmenter,
  sample: SweepSample,
  sides: readonly number[] = CROP_SIDES_PX,
): Promise<CropReading[]> {
  const { width = 0, height = 0 } = await sharp(sample.path).metadata();
  const labelPath = labelPathOf(sample.path);
  const out: CropReading[] = [];
  for (const sidePx of sides) {
    const region = centredCrop(width, height, sidePx);
    const label = await readLabelFile(labelPath, region);
    const truth = coverageFromProbabilities(label);
    if (truth.hairPct + truth.skinPct < 100 * MIN_SCALP_SHARE) continue;
    const probs = await segmenter.segment(await rawRgb(sharp(sample.path).extract(region)));
    out.push({
      group: sample.group,
      id: sample.id,
      sidePx: region.width,
      truthPct: truth.hairCoveragePct,
      ...scoreReading(segmenter, probs, truth.hairCoveragePct),
    });
  }
  return out;
}

export interface SideRow {
  sidePx: number;
  readings: number;
  meanErrorPp: number;
  withinPct: number;
  /** Mean error at this side over the mean error of the largest side. */
  errorRatio: number;
}

/** One row per crop side, largest first. */
export function sideTable(readings: readonly CropReading[]): SideRow[] {
  const sides = [...new Set(readings.map((r) => r.sidePx))].sort((a, b) => b - a);
  const summaries = sides.map((sidePx) => ({
    sidePx,
    ...summariseBounds(readings.filter((r) => r.sidePx === sidePx)),
  }));
  const whole = summaries[0]?.meanErrorPp ?? Number.NaN;
  return summaries.map((s) => ({
    sidePx: s.sidePx,
    readings: s.readings,
    meanErrorPp: s.meanErrorPp,
    withinPct: s.withinPct,
    errorRatio: s.meanErrorPp / whole,
  }));
}

/**
 * The rule written before the sweep (MODEL_CARD.md, Small-photo flag): the smallest side from
 * which, at that side and every larger one, at least `minWithinPct` of readings are within the
 * stated error and the mean error is at most `maxErrorRatio` times the whole image's. Photos
 * whose shorter side is below it are flagged; undefined when even the largest side fails.
 */
export function smallestTrustedSide(
  table: readonly SideRow[],
  minWithinPct = 85,
  maxErrorRatio = 1.5,
): number | undefined {
  let trusted: number | undefined;
  for (const row of [...table].sort((a, b) => b.sidePx - a.sidePx)) {
    if (row.withinPct < minWithinPct || row.errorRatio > maxErrorRatio) break;
    trusted = row.sidePx;
  }
  return trusted;
}
