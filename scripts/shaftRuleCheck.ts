// `npx tsx scripts/shaftRuleCheck.ts --variant sample|snap [--set a,b] [--pairs dir] [--zooms 1,0.71]`
// Compares two ways of running the shaft-width rules (src/analysis/worker/shaftRulePass.ts) on
// labelled validation images, each resampled by each zoom (scripts/node/zoom.ts), through the
// app's model pass, counting the tiles each runs:
// - `sample`: the thin-shaft rule reading its ridge scale on the whole first pass (before stop
//   14) against the two-tile sample the app reads it on now;
// - `snap`: the rules' continuous scale (the app's) against the same scale snapped to
//   quarter-octave steps (ShaftRuleOptions.snapScale).
// Prints, per set and zoom, how many images each way rescaled, how many decisions differ, the
// mean and P90 coverage error and the tiles run; with --pairs, the error of the change between
// the two visits of each follow-up pair (models/synth/make_followups.py). Writes
// bench-results/shaft-rule-check-<variant>.json. Validation data only: it decides, `npm run
// eval` reports.
import { parseArgs } from 'node:util';
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { modelPass, type ModelPass } from '../src/analysis/worker/segmenter';
import { segmentWithShaftRule } from '../src/analysis/worker/shaftRulePass';
import { loadNodeSegmenter } from './node/segmenter';
import {
  mapZoomedSamples,
  mean,
  pairChangeErrors,
  percentile,
  runSweep,
  scriptArgs,
  writeSweepJson,
  sampleTruth,
} from './node/sweepSet';

type Rule = (image: PixelImage, pass: ModelPass) => Promise<ClassProbabilities>;

/** The thin-shaft rule as it was before stop 14: the ridge scale of the whole first pass. */
const wholePassRule: Rule = (image, pass) =>
  segmentWithShaftRule(image, pass, undefined, { wholePassRidge: true });

const appRule: Rule = (image, pass) => segmentWithShaftRule(image, pass);

const VARIANTS: Record<string, { before: Rule; after: Rule; names: [string, string] }> = {
  sample: { before: wholePassRule, after: appRule, names: ['whole pass', 'two-tile sample'] },
  snap: {
    before: appRule,
    after: (image, pass) => segmentWithShaftRule(image, pass, undefined, { snapScale: true }),
    names: ['continuous', 'quarter-octave'],
  },
};

interface Reading {
  pct: number;
  factor: number;
  tiles: number;
}

interface Row {
  set: string;
  group: string;
  id: string;
  zoom: number;
  truthPct: number;
  before: Reading;
  after: Reading;
}

const f2 = (v: number) => v.toFixed(2);

function summarise(rows: Row[]) {
  const err = (r: Row, k: 'before' | 'after') => Math.abs(r[k].pct - r.truthPct);
  return {
    images: rows.length,
    rescaledBefore: rows.filter((r) => r.before.factor !== 1).length,
    rescaledAfter: rows.filter((r) => r.after.factor !== 1).length,
    scalesDiffer: rows.filter((r) => Math.abs(r.before.factor - r.after.factor) > 1e-6).length,
    meanErrorBeforePp: mean(rows.map((r) => err(r, 'before'))),
    meanErrorAfterPp: mean(rows.map((r) => err(r, 'after'))),
    p90ErrorBeforePp: percentile(
      rows.map((r) => err(r, 'before')),
      0.9,
    ),
    p90ErrorAfterPp: percentile(
      rows.map((r) => err(r, 'after')),
      0.9,
    ),
    tilesBefore: rows.reduce((a, r) => a + r.before.tiles, 0),
    tilesAfter: rows.reduce((a, r) => a + r.after.tiles, 0),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: {
      variant: { type: 'string', default: 'sample' },
      set: { type: 'string', default: 'models/.cache/valbig' },
      pairs: { type: 'string' },
      zooms: { type: 'string', default: '1,0.85,0.71' },
    },
  });
  const variant = VARIANTS[values.variant ?? ''];
  if (!variant) throw new Error(`--variant must be one of ${Object.keys(VARIANTS).join(', ')}`);
  const zooms = (values.zooms ?? '').split(',').map(Number);
  const { ortModel } = await loadNodeSegmenter();
  if (!ortModel) throw new Error('the check needs the model (public/models/hairseg.onnx)');
  let tilesRun = 0;
  const pass = modelPass({
    ...ortModel,
    runTile: (input, w, h) => {
      tilesRun += 1;
      return ortModel.runTile(input, w, h);
    },
  });
  const read = async (rule: Rule, image: PixelImage): Promise<Reading> => {
    tilesRun = 0;
    const probs = await rule(image, pass);
    return {
      pct: coverageFromProbabilities(probs).hairCoveragePct,
      factor: probs.shaftRescale?.factor ?? 1,
      tiles: tilesRun,
    };
  };
  const measure = (set: string) =>
    mapZoomedSamples(set, zooms, async (sample, zoom, { image, label }): Promise<Row> => ({
      set,
      ...sampleTruth(sample, zoom, label),
      before: await read(variant.before, image),
      after: await read(variant.after, image),
    }));
  const sets = (values.set ?? '').split(',').filter(Boolean);
  const rows: Row[] = [];
  for (const set of sets) rows.push(...(await measure(set)));
  const pairRows = values.pairs ? await measure(values.pairs) : [];
  await ortModel.release();

  const [b, a] = variant.names;
  console.log(`${b} → ${a}`);
  console.log(
    'set / zoom                      n  rescaled  differ  mean err pp     P90 pp         tiles',
  );
  const summary = [];
  for (const set of [...sets, 'all']) {
    for (const zoom of zooms) {
      const at = rows.filter((r) => (set === 'all' || r.set === set) && r.zoom === zoom);
      if (at.length === 0) continue;
      const s = summarise(at);
      summary.push({ set, zoom, ...s });
      console.log(
        `${`${set} ×${zoom}`.padEnd(30)} ${String(s.images).padStart(3)}  ${`${s.rescaledBefore}/${s.rescaledAfter}`.padEnd(8)}  ${String(s.scalesDiffer).padStart(6)}  ${`${f2(s.meanErrorBeforePp)} → ${f2(s.meanErrorAfterPp)}`.padEnd(14)} ${`${f2(s.p90ErrorBeforePp)} → ${f2(s.p90ErrorAfterPp)}`.padEnd(14)} ${s.tilesBefore} → ${s.tilesAfter}`,
      );
    }
  }
  const changes = zooms.map((zoom) => {
    const before = pairChangeErrors(pairRows, zoom, (r) => r.before.pct).map((e) => e.error);
    const after = pairChangeErrors(pairRows, zoom, (r) => r.after.pct).map((e) => e.error);
    return {
      zoom,
      pairs: before.length,
      meanBeforePp: mean(before),
      meanAfterPp: mean(after),
      p90BeforePp: percentile(before, 0.9),
      p90AfterPp: percentile(after, 0.9),
    };
  });
  for (const c of changes.filter((x) => x.pairs > 0)) {
    console.log(
      `pairs ×${c.zoom} (${c.pairs}): change error mean ${f2(c.meanBeforePp)} → ${f2(c.meanAfterPp)} pp, P90 ${f2(c.p90BeforePp)} → ${f2(c.p90AfterPp)} pp`,
    );
  }
  await writeSweepJson(`shaft-rule-check-${values.variant}.json`, {
    variant: values.variant,
    names: variant.names,
    summary,
    changes,
    rows,
    pairRows,
  });
}

runSweep(main);
