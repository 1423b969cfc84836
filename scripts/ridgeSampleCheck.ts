// `npx tsx scripts/ridgeSampleCheck.ts [-- --set models/.cache/valbig --zooms 1,0.85,0.71]`
// Checks the thin-shaft rule's tile sample (shaftRulePass.ts, RIDGE_SAMPLE_TILES) against what
// it replaced: on a photo of several tiles the ridge scale was read on the whole first pass, so a
// photo the rule enlarged paid for two passes; now it is read on the tiles holding the most of the
// probe's hair before the others run. On labelled photos of several tiles (make_eval.py --size
// 1024, validation seeds) resampled by each zoom, both ways are run through the app's model pass
// and compared: the ridge scale and factor each reads, the coverage error each gives, and the
// tiles each runs. Writes bench-results/ridge-sample-check.json.
import { parseArgs } from 'node:util';
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { modelPass, type ModelPass } from '../src/analysis/worker/segmenter';
import {
  probeShafts,
  segmentWithShaftRule,
  thinShaftPass,
} from '../src/analysis/worker/shaftRulePass';
import { mapZoomedSamples, mean, percentile, runSweep, writeSweepJson } from './node/sweepSet';
import { loadNodeSegmenter } from './node/segmenter';

interface Compared {
  group: string;
  id: string;
  zoom: number;
  widthPx: number;
  heightPx: number;
  truthPct: number;
  /** Whole first pass (the rule before this check). */
  whole: { pct: number; factor: number; sigmaPx?: number; tiles: number };
  /** The tile sample (the rule now). */
  sampled: { pct: number; factor: number; sigmaPx?: number; tiles: number };
}

function readingOf(probs: ClassProbabilities) {
  const r = probs.shaftRescale;
  return {
    pct: coverageFromProbabilities(probs).hairCoveragePct,
    factor: r?.factor ?? 1,
    ...(r?.kind === 'thin' ? { sigmaPx: r.ridgeSigmaPx } : {}),
  };
}

/** The rule as it was: the ridge scale of the whole first pass at the photo's scale. */
async function wholePassRule(image: PixelImage, pass: ModelPass): Promise<ClassProbabilities> {
  const probe = await probeShafts(image, pass);
  if (probe.rescale && probe.rescale.factor < 1) return segmentWithShaftRule(image, pass);
  return thinShaftPass(image, probe.own ?? (await pass(image)), pass);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'models/.cache/valbig' },
      zooms: { type: 'string', default: '1,0.85,0.71' },
    },
  });
  const zooms = (values.zooms ?? '').split(',').map(Number);
  const { ortModel } = await loadNodeSegmenter();
  if (!ortModel) throw new Error('the check needs the model (public/models/hairseg.onnx)');
  let tilesRun = 0;
  const counted = modelPass({
    ...ortModel,
    runTile: (input, w, h) => {
      tilesRun += 1;
      return ortModel.runTile(input, w, h);
    },
  });
  const timed = async (run: () => Promise<ClassProbabilities>) => {
    tilesRun = 0;
    const probs = await run();
    return { ...readingOf(probs), tiles: tilesRun };
  };
  const rows = await mapZoomedSamples(
    values.set ?? '',
    zooms,
    async (sample, zoom, { image, label }): Promise<Compared> => ({
      group: sample.group,
      id: sample.id,
      zoom,
      widthPx: image.widthPx,
      heightPx: image.heightPx,
      truthPct: coverageFromProbabilities(label).hairCoveragePct,
      whole: await timed(() => wholePassRule(image, counted)),
      sampled: await timed(() => segmentWithShaftRule(image, counted)),
    }),
  );
  await ortModel.release();
  const summary = zooms.map((zoom) => {
    const at = rows.filter((r) => r.zoom === zoom);
    const err = (r: Compared, k: 'whole' | 'sampled') => Math.abs(r[k].pct - r.truthPct);
    const sigmaRatios = at
      .filter((r) => r.whole.sigmaPx !== undefined && r.sampled.sigmaPx !== undefined)
      .map((r) => Math.abs(Math.log(r.sampled.sigmaPx! / r.whole.sigmaPx!)));
    return {
      zoom,
      images: at.length,
      enlargedWhole: at.filter((r) => r.whole.factor > 1).length,
      enlargedSampled: at.filter((r) => r.sampled.factor > 1).length,
      decisionsDiffer: at.filter((r) => r.whole.factor > 1 !== r.sampled.factor > 1).length,
      meanErrorWholePp: mean(at.map((r) => err(r, 'whole'))),
      meanErrorSampledPp: mean(at.map((r) => err(r, 'sampled'))),
      p90ErrorWholePp: percentile(
        at.map((r) => err(r, 'whole')),
        0.9,
      ),
      p90ErrorSampledPp: percentile(
        at.map((r) => err(r, 'sampled')),
        0.9,
      ),
      medianSigmaLogRatio: percentile(sigmaRatios, 0.5),
      tilesWhole: at.reduce((a, r) => a + r.whole.tiles, 0),
      tilesSampled: at.reduce((a, r) => a + r.sampled.tiles, 0),
    };
  });
  console.log(
    'zoom  n   enlarged whole/sampled  differ  mean err whole/sampled pp  P90 whole/sampled pp  tiles whole/sampled',
  );
  for (const s of summary) {
    console.log(
      `${s.zoom.toFixed(2)}  ${String(s.images).padEnd(3)} ${String(s.enlargedWhole).padStart(8)} / ${String(s.enlargedSampled).padEnd(12)} ${String(s.decisionsDiffer).padStart(6)}  ${s.meanErrorWholePp.toFixed(2).padStart(14)} / ${s.meanErrorSampledPp.toFixed(2).padEnd(10)} ${s.p90ErrorWholePp.toFixed(2).padStart(10)} / ${s.p90ErrorSampledPp.toFixed(2).padEnd(9)} ${String(s.tilesWhole).padStart(7)} / ${s.tilesSampled}`,
    );
  }
  await writeSweepJson('ridge-sample-check.json', { set: values.set, summary, rows });
}

runSweep(main);
