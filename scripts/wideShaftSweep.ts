// `npx tsx scripts/wideShaftSweep.ts [--set models/.cache/val --pairs models/.cache/followups]`
// How the wide-shaft rule (src/analysis/worker/shaftScale.ts) was chosen, reproducibly: every
// image of a labelled set, resampled by each zoom, is analysed through the app's model pass at
// a grid of fixed scales, and each candidate rule (limit × mat guard) is scored by the reading
// at the grid scale nearest to the one it would choose. Prints the mean coverage error per zoom
// (all / close-ups) and, for the follow-up pairs (models/synth/make_followups.py), the error of
// the change between two visits; writes bench-results/wide-shaft-sweep.json. Validation data
// only: the eval set reports the chosen rule (`npm run eval`), it does not choose it.
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { downscaleArea } from '../src/lib/areaDownscale';
import { enlargeProbabilities } from '../src/analysis/worker/resample';
import type { ModelPass } from '../src/analysis/worker/segmenter';
import {
  MAX_HAIR_SHARE,
  SHAFT_LIMIT_PX,
  shaftScaleFactor,
  widthFromStats,
  type ShaftMaskStats,
} from '../src/analysis/worker/shaftScale';
import { readProbe } from '../src/analysis/worker/shaftRulePass';
import {
  CLOSE_UP_GROUP,
  mapZoomedSamples,
  mean,
  nearestIndexInLog,
  pairChangeErrors,
  percentile,
  runSweep,
  sweepOptions,
  sweepPass,
  writeSweepJson,
  sampleTruth,
} from './node/sweepSet';

const GRID = [1, 0.8, 0.67, 0.5, 0.4, 0.33, 0.25] as const;
/** The pair kind written by make_followups.py for close-ups. */
const CLOSE_UP_PAIRS = 'dermoscopy';
const MIN_SIDE_PX = 64;

interface Rule {
  label: string;
  limitPx: number;
  maxHairShare: number;
}

const RULES: Rule[] = [
  { label: 'none', limitPx: Infinity, maxHairShare: 1 },
  { label: 'limit 24, mats over 50 % left out', limitPx: 24, maxHairShare: 0.5 },
  { label: 'limit 16, over 80 % left out', limitPx: 16, maxHairShare: 0.8 },
  { label: 'limit 20, over 80 % left out', limitPx: 20, maxHairShare: 0.8 },
  { label: 'limit 24, over 80 % left out', limitPx: 24, maxHairShare: 0.8 },
  { label: 'limit 24, no mat guard', limitPx: 24, maxHairShare: 1 },
];

interface Measured {
  group: string;
  id: string;
  zoom: number;
  truthPct: number;
  stats: ShaftMaskStats;
  probeScale: number;
  widthPx: number;
  heightPx: number;
  /** Coverage at each GRID scale that keeps both sides ≥ MIN_SIDE_PX. */
  readings: Map<number, number>;
}

async function readingAt(image: PixelImage, factor: number, pass: ModelPass) {
  const w = Math.round(image.widthPx * factor);
  const h = Math.round(image.heightPx * factor);
  const probs: ClassProbabilities =
    factor === 1
      ? await pass(image)
      : enlargeProbabilities(await pass(downscaleArea(image, w, h)), image.widthPx, image.heightPx);
  return coverageFromProbabilities(probs).hairCoveragePct;
}

function measure(dir: string, zooms: number[], pass: ModelPass): Promise<Measured[]> {
  return mapZoomedSamples(dir, zooms, async (sample, zoom, { image, label }) => {
    const probe = await readProbe(image, pass);
    const readings = new Map<number, number>();
    for (const factor of GRID) {
      if (Math.min(image.widthPx, image.heightPx) * factor < MIN_SIDE_PX) continue;
      readings.set(factor, await readingAt(image, factor, pass));
    }
    return {
      ...sampleTruth(sample, zoom, label),
      stats: probe.stats,
      probeScale: probe.probeScale,
      widthPx: image.widthPx,
      heightPx: image.heightPx,
      readings,
    };
  });
}

/** The reading at the grid scale nearest (in log scale) to the one the rule picks. */
function ruleReading(m: Measured, rule: Rule): number {
  const wide = shaftScaleFactor(
    widthFromStats(m.stats, rule.maxHairShare),
    m.probeScale,
    rule.limitPx,
  );
  // 1 leads the candidates, as the first grid scale: without a reading there it is NaN.
  const scales = [1, ...m.readings.keys()];
  return m.readings.get(scales[nearestIndexInLog(scales, wide?.factor ?? 1)]!) ?? Number.NaN;
}

function coverageTable(rows: Measured[], zooms: number[]) {
  return RULES.map((rule) => ({
    rule: rule.label,
    zooms: zooms.map((zoom) => {
      const at = rows.filter((m) => m.zoom === zoom);
      const err = (m: Measured) => Math.abs(ruleReading(m, rule) - m.truthPct);
      return {
        zoom,
        meanErrorPp: mean(at.map(err)),
        closeUpMeanErrorPp: mean(at.filter((m) => m.group === CLOSE_UP_GROUP).map(err)),
      };
    }),
  }));
}

function changeTable(rows: Measured[], zooms: number[]) {
  return RULES.map((rule) => ({
    rule: rule.label,
    zooms: zooms.map((zoom) => {
      const pairs = pairChangeErrors(rows, zoom, (m) => ruleReading(m, rule));
      const all = pairs.map((p) => p.error);
      const closeUps = pairs.filter((p) => p.group === CLOSE_UP_PAIRS).map((p) => p.error);
      return {
        zoom,
        pairs: all.length,
        meanPp: mean(all),
        p90Pp: percentile(all, 0.9),
        closeUpMeanPp: mean(closeUps),
        closeUpP90Pp: percentile(closeUps, 0.9),
      };
    }),
  }));
}

async function main(): Promise<void> {
  const options = sweepOptions({
    set: 'models/.cache/val',
    zooms: '0.5,1,2,3',
    pairZooms: '1,2,3',
  });
  const { zooms, pairZooms } = options;
  const { pass, release } = await sweepPass();
  console.log(
    `shipped rule: limit ${SHAFT_LIMIT_PX} px, mats over ${MAX_HAIR_SHARE * 100} % left out`,
  );
  const measured: Measured[] = [];
  for (const dir of options.sets) measured.push(...(await measure(dir, zooms, pass)));
  const set = coverageTable(measured, zooms);
  console.log(`\nmean coverage error, pp, all / ${CLOSE_UP_GROUP} (${options.sets.join(', ')})`);
  for (const r of set) {
    const cells = r.zooms.map(
      (z) => `×${z.zoom} ${z.meanErrorPp.toFixed(2)} / ${z.closeUpMeanErrorPp.toFixed(2)}`,
    );
    console.log(`${r.rule.padEnd(36)} ${cells.join('   ')}`);
  }
  const pairs = changeTable(await measure(options.pairs, pairZooms, pass), pairZooms);
  console.log(`\nchange error, pp, mean / P90 (close-up pairs mean / P90) (${options.pairs})`);
  for (const r of pairs) {
    const cells = r.zooms.map(
      (z) =>
        `×${z.zoom} ${z.meanPp.toFixed(2)} / ${z.p90Pp.toFixed(2)} (${z.closeUpMeanPp.toFixed(2)} / ${z.closeUpP90Pp.toFixed(2)})`,
    );
    console.log(`${r.rule.padEnd(36)} ${cells.join('   ')}`);
  }
  await writeSweepJson('wide-shaft-sweep.json', {
    command: 'npx tsx scripts/wideShaftSweep.ts',
    sets: options.sets,
    pairs: options.pairs,
    grid: GRID,
    coverage: set,
    change: pairs,
  });
  await release();
}

runSweep(main);
