// The committed segmentation fixtures (tests/fixtures/seg/, written by models/): image, soft
// label and an index. Loaded with the same decode path as the eval script.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { decodeForAnalysis } from '../../scripts/node/decode';
import { readLabelFile } from '../../scripts/node/labelFile';

export const FIXTURE_DIR = 'tests/fixtures/seg';

export interface SegFixture {
  name: string;
  image: PixelImage;
  label: ClassProbabilities;
}

export function fixtureNames(): string[] {
  const indexPath = join(FIXTURE_DIR, 'index.json');
  if (!existsSync(indexPath)) return [];
  return (JSON.parse(readFileSync(indexPath, 'utf8')) as { name: string }[]).map((f) => f.name);
}

export async function loadFixture(name: string): Promise<SegFixture> {
  const { image } = await decodeForAnalysis(join(FIXTURE_DIR, `${name}.jpg`));
  return { name, image, label: await readLabelFile(join(FIXTURE_DIR, `${name}.label.png`)) };
}
