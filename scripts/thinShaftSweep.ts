// `npx tsx scripts/thinShaftSweep.ts [--set models/.cache/val,models/.cache/val2 --pairs models/.cache/followups]`
// How the thin-shaft rule (src/analysis/worker/thinShaft.ts) was chosen, reproducibly: every
// image of a labelled set, resampled by each zoom, is analysed through the app's model pass at
// its own scale (where the ridge scale is read, ridgeScale.ts) and enlarged by each factor of a
// grid (lib/cubicUpscale.ts, as the app does); each candidate rule (target × largest factor) is
// scored by the reading at the grid factor nearest to the one it would choose. Prints the mean
// coverage error per zoom (all / dense) and, for the follow-up pairs
// (models/synth/make_followups.py), the error of the change between two visits; writes
// bench-results/thin-shaft-sweep.json. Validation data only: the eval set reports the chosen
// rule (`npm run eval`), it does not choose it. The pixel budget (MAX_ENLARGED_PIXELS) never
// binds on these 448-px images, and the wide-shaft rule is left out of the base reading (at
// these zooms it changes few images; `npm run eval` runs both).
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import { hairRidgeScale } from '../src/analysis/worker/ridgeScale';
import type { ModelPass } from '../src/analysis/worker/segmenter';
import { MAX_ENLARGE, MIN_ENLARGE, RIDGE_TARGET_PX } from '../src/analysis/worker/thinShaft';
import { upscaleCubic } from '../src/lib/cubicUpscale';
import {
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

const GRID = [1, 1.19, 1.41, 1.68, 2] as const;

interface Rule {
  label: string;
  targetPx: number;
  maxFactor: number;
}

const RULES: Rule[] = [
  { label: 'none', targetPx: 0, maxFactor: 1 },
  ...[1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0].map((t) => ({
    label: `target ${t}, up to 2×`,
    targetPx: t,
    maxFactor: 2,
  })),
  { label: 'target 1.8, up to 1.41×', targetPx: 1.8, maxFactor: 1.41 },
];

interface Measured {
  group: string;
  id: string;
  zoom: number;
  truthPct: number;
  ridgeSigmaPx?: number;
  /** Coverage at each GRID factor. */
  readings: number[];
}

function measure(dir: string, zooms: number[], pass: ModelPass): Promise<Measured[]> {
  return mapZoomedSamples(dir, zooms, async (sample, zoom, { image, label }) => {
    const base = await pass(image);
    const readings: number[] = [];
    for (const factor of GRID) {
      const w = Math.round(image.widthPx * factor);
      const h = Math.round(image.heightPx * factor);
      const probs = factor === 1 ? base : await pass(upscaleCubic(image, w, h));
      readings.push(coverageFromProbabilities(probs).hairCoveragePct);
    }
    return {
      ...sampleTruth(sample, zoom, label),
      ridgeSigmaPx: hairRidgeScale(image, base.hair)?.sigmaPx,
      readings,
    };
  });
}

/** The factor a rule picks, as thinShaftFactor does (without the pixel budget). */
function ruleFactor(m: Measured, rule: Rule): number {
  const sigma = m.ridgeSigmaPx;
  if (sigma === undefined || sigma >= rule.targetPx) return 1;
  const factor = Math.min(rule.maxFactor, rule.targetPx / sigma);
  return factor >= MIN_ENLARGE ? factor : 1;
}

/** The reading at the grid factor nearest (in log scale) to the one the rule picks. */
function ruleReading(m: Measured, rule: Rule): number {
  return m.readings[nearestIndexInLog(GRID, ruleFactor(m, rule))]!;
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
        denseMeanErrorPp: mean(at.filter((m) => m.group === 'dense').map(err)),
        enlargedShare: mean(at.map((m) => (ruleFactor(m, rule) > 1 ? 1 : 0))),
        meanTileCost: mean(at.map((m) => ruleFactor(m, rule) ** 2)),
      };
    }),
  }));
}

function changeTable(rows: Measured[], zooms: number[]) {
  return RULES.map((rule) => ({
    rule: rule.label,
    zooms: zooms.map((zoom) => {
      const errors = pairChangeErrors(rows, zoom, (m) => ruleReading(m, rule)).map((p) => p.error);
      return { zoom, pairs: errors.length, meanPp: mean(errors), p90Pp: percentile(errors, 0.9) };
    }),
  }));
}

async function main(): Promise<void> {
  const options = sweepOptions({
    set: 'models/.cache/val,models/.cache/val2',
    zooms: '0.5,0.71,1',
    pairZooms: '0.5,0.71,1',
  });
  const { zooms, pairZooms } = options;
  const { pass, release } = await sweepPass();
  console.log(`shipped rule: target ${RIDGE_TARGET_PX} px, up to ${MAX_ENLARGE}×`);
  const printCoverage = (label: string, rows: Measured[]) => {
    console.log(`\nmean coverage error, pp, all / dense [share enlarged] (${label})`);
    for (const r of coverageTable(rows, zooms)) {
      const cells = r.zooms.map(
        (z) =>
          `×${z.zoom} ${z.meanErrorPp.toFixed(2)} / ${z.denseMeanErrorPp.toFixed(2)} [${Math.round(z.enlargedShare * 100)} %]`,
      );
      console.log(`${r.rule.padEnd(26)} ${cells.join('   ')}`);
    }
  };
  const measured: Measured[] = [];
  for (const dir of options.sets) {
    const rows = await measure(dir, zooms, pass);
    if (options.sets.length > 1) printCoverage(dir, rows);
    measured.push(...rows);
  }
  printCoverage(options.sets.join(' + '), measured);
  const set = coverageTable(measured, zooms);
  const pairRows = await measure(options.pairs, pairZooms, pass);
  const pairs = changeTable(pairRows, pairZooms);
  console.log(`\nchange error, pp, mean / P90 (${options.pairs})`);
  for (const r of pairs) {
    const cells = r.zooms.map((z) => `×${z.zoom} ${z.meanPp.toFixed(2)} / ${z.p90Pp.toFixed(2)}`);
    console.log(`${r.rule.padEnd(26)} ${cells.join('   ')}`);
  }
  await writeSweepJson('thin-shaft-sweep.json', {
    command: 'npx tsx scripts/thinShaftSweep.ts',
    sets: options.sets,
    pairs: options.pairs,
    grid: GRID,
    coverage: set,
    change: pairs,
    measured,
    pairRows,
  });
  await release();
}

runSweep(main);
