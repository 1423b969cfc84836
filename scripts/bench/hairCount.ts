// The trichoscopy hair count's cost: the counter alone (src/analysis/worker/hairCount.ts) on
// the model's hair plane of a 2048×1536 close-up, as the worker runs it after segmenting a
// trichoscopy photo. The close-up is a held-out count image enlarged 4×/3× (shafts ~30–60 px,
// as a dermatoscope photo's at the analysis scale); segmenting it is not timed here.
import { join } from 'node:path';
import sharp from 'sharp';
import { countHairs } from '../../src/analysis/worker/hairCount';
import { loadNodeSegmenter } from '../node/segmenter';
import { timedRuns } from '../node/benchTiles';
import { rawRgb } from '../node/rawRgb';
import { repoRoot } from './lib/benchPage';
import type { BenchRow } from './lib/types';

const RUNS = 5;
const SOURCE = join(repoRoot, 'models', 'eval-count', '9500003.jpg');

export async function run(): Promise<BenchRow[]> {
  const image = await rawRgb(sharp(SOURCE).resize(2048, 1536, { fit: 'fill', kernel: 'lanczos3' }));
  const { segmenter } = await loadNodeSegmenter({ numThreads: 1 });
  const probs = await segmenter.segment(image);
  let hairs: number | undefined;
  const timed = await timedRuns(() => {
    hairs = countHairs(probs).hairs;
  }, RUNS);
  return [
    {
      name: 'hairCount.node.msPerPhoto2048x1536',
      value: Math.round(timed.medianMs),
      unit: 'ms',
      notes: `countHairs on the ${segmenter.model.version} hair plane of ${SOURCE.slice(repoRoot.length + 1)} enlarged to 2048×1536 (${hairs ?? 'no'} hairs counted): shrink, closing, thinning, spur pruning, junctions; median of ${RUNS} after 1 warm-up, fastest ${timed.minMs.toFixed(0)} ms; Node, one thread (JavaScript only).`,
    },
  ];
}
