// Reads an eval label PNG (R hair, G skin, B background, ×255) into soft class planes, for the
// eval and the hair-count sweep. Apart from evalMetrics.ts, which stays free of sharp.
import sharp from 'sharp';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { labelPlanes } from './evalMetrics';
import { rawRgb } from './rawRgb';

export async function readLabelFile(path: string): Promise<ClassProbabilities> {
  const { data, widthPx, heightPx } = await rawRgb(sharp(path));
  return labelPlanes(data, widthPx, heightPx);
}
