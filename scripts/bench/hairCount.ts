// The trichoscopy hair count's cost: the app's counter (the counting network, since stop 28:
// learnedHairCount.ts) and its fallback, the rule counter (hairCount.ts), each alone on the
// model's planes of a 2048×1536 close-up's count photo (since stop 30 a 1,024-px copy segmented
// again: countPhoto.ts, timed in a row of its own), as the worker runs them after segmenting a
// trichoscopy photo. The close-up is the benches' (lib/benchCloseUp.ts; shafts ~30–60 px,
// as a dermatoscope photo's at the analysis scale); segmenting it is not timed here. A close-up
// whose shafts read only MIN_COUNT_SHAFT_WIDTH_PX wide is not shrunk at all (countInput.ts), so
// the network's largest input is the whole 2048×1536 analysis size: a row of its own.
import { COUNT_INPUT_SHAFT_WIDTH_PX, countInput } from '../../src/analysis/worker/countInput';
import { referencePlanes } from '../../src/analysis/worker/countModel';
import { countHairs, MIN_COUNT_SHAFT_WIDTH_PX } from '../../src/analysis/worker/hairCount';
import { countHairsWithModel } from '../../src/analysis/worker/learnedHairCount';
import { countingPlanes } from '../../src/analysis/worker/countPhoto';
import { loadNodeCountModel } from '../node/ort';
import { loadNodeSegmenter } from '../node/segmenter';
import { timedRuns } from '../node/benchTiles';
import { rawRgb } from '../node/rawRgb';
import { CLOSE_UP_SOURCE, closeUpPhoto } from './lib/benchCloseUp';
import type { BenchRow } from './lib/types';

const RUNS = 5;

export async function run(): Promise<BenchRow[]> {
  const image = await rawRgb(closeUpPhoto());
  const { segmenter } = await loadNodeSegmenter({ numThreads: 1 });
  const full = await segmenter.segment(image);
  // Since stop 30 the app counts a close-up over 1,024 px on a 1,024-px copy (countPhoto.ts): the
  // second segmentation is the count's own cost, timed here; the counters then read its planes.
  let probs = full;
  const copySegmentation = await timedRuns(async () => {
    probs = await countingPlanes(image, (photo) => segmenter.segment(photo), full);
  }, RUNS);
  let hairs: number | undefined;
  const timed = await timedRuns(() => {
    hairs = countHairs(probs).hairs;
  }, RUNS);
  // The app's counter (learnedHairCount.ts) with the network loaded once for both rows.
  const countModel = await loadNodeCountModel();
  let counted: number | undefined;
  const timedNetwork = await timedRuns(async () => {
    counted = (await countHairsWithModel(probs, countModel)).hairs;
  }, RUNS);
  const input = countInput(probs, MIN_COUNT_SHAFT_WIDTH_PX);
  const inputSize = 'hair' in input ? `${input.widthPx}×${input.heightPx}` : 'no';
  // The network's cost follows its input's size alone; the planes' content does not matter.
  const largest = referencePlanes(1536, 2048);
  const timedLargest = await timedRuns(() => countModel.count(largest), RUNS);
  await countModel.release();
  return [
    {
      name: 'hairCount.node.copySegmentationMs2048x1536',
      value: Math.round(copySegmentation.medianMs),
      unit: 'ms',
      notes: `the count photo of a 2048×1536 close-up: area-shrunk to ${probs.widthPx}×${probs.heightPx} and segmented again by ${segmenter.model.version} (countPhoto.ts countingPlanes), which the counters below read; median of ${RUNS} after 1 warm-up, fastest ${copySegmentation.minMs.toFixed(0)} ms; Node, wasm 1 thread.`,
    },
    {
      name: 'hairCount.node.network.msPerPhoto2048x1536',
      value: Math.round(timedNetwork.medianMs),
      unit: 'ms',
      notes: `the app's counter, ${countModel.version}, on the same planes (${counted ?? 'no'} hairs counted): shaft width, area shrink to a ${inputSize} input, onnxruntime-web wasm 1 thread, sum; median of ${RUNS} after 1 warm-up, fastest ${timedNetwork.minMs.toFixed(0)} ms; Node.`,
    },
    {
      name: 'hairCount.node.network.msLargestInput2048x1536',
      value: Math.round(timedLargest.medianMs),
      unit: 'ms',
      notes: `the counting network alone (${countModel.version}, onnxruntime-web wasm 1 thread) on a 2048×1536 input: what a 2048×1536 close-up whose shafts read ${MIN_COUNT_SHAFT_WIDTH_PX} px, the narrowest counted, gives it (on the 1,024-px copy its shafts read too thin, so it is counted at full size, and countInput.ts shrinks only shafts wider than ${COUNT_INPUT_SHAFT_WIDTH_PX} px); median of ${RUNS} after 1 warm-up, fastest ${timedLargest.minMs.toFixed(0)} ms; Node.`,
    },
    {
      name: 'hairCount.node.msPerPhoto2048x1536',
      value: Math.round(timed.medianMs),
      unit: 'ms',
      notes: `the rule counter (the network's fallback), countHairs on the ${segmenter.model.version} hair plane of the count photo (${probs.widthPx}×${probs.heightPx}) of ${CLOSE_UP_SOURCE} enlarged to 2048×1536 (${hairs ?? 'no'} hairs counted): shrink, closing, thinning, spur pruning, junctions; median of ${RUNS} after 1 warm-up, fastest ${timed.minMs.toFixed(0)} ms; Node, one thread (JavaScript only).`,
    },
  ];
}
