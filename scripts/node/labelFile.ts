// Reads an eval label PNG (R hair, G skin, B background, ×255) into soft class planes, for the
// eval and the hair-count sweep. Apart from evalMetrics.ts, which stays free of sharp.
import sharp from 'sharp';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { labelPlanes } from './evalMetrics';

export async function readLabelFile(path: string): Promise<ClassProbabilities> {
  const { data, info } = await sharp(path)
    .removeAlpha()
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return labelPlanes(
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    info.width,
    info.height,
  );
}
