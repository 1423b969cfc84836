// Reads an eval label PNG (R hair, G skin, B background, ×255) into soft class planes, for the
// eval and the hair-count sweep. Apart from evalMetrics.ts, which stays free of sharp.
import sharp, { type Region } from 'sharp';
import { coverageFromProbabilities } from '../../src/analysis/worker/coverage';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { labelPlanes } from './evalMetrics';
import { rawRgb } from './rawRgb';

/** The whole label, or only `region` of it (a crop read as a photo of its own). */
export async function readLabelFile(path: string, region?: Region): Promise<ClassProbabilities> {
  const pipeline = sharp(path);
  const { data, widthPx, heightPx } = await rawRgb(region ? pipeline.extract(region) : pipeline);
  return labelPlanes(data, widthPx, heightPx);
}

/** The true hair coverage a label file holds, percent of its scalp (soft sums, as the eval). */
export async function labelTruthPct(path: string): Promise<number> {
  return coverageFromProbabilities(await readLabelFile(path)).hairCoveragePct;
}
