// `npx tsx scripts/wideShaftSweep.ts [-- --set models/.cache/val --pairs models/.cache/followups]`
// How the wide-shaft rule (src/analysis/worker/shaftScale.ts) was chosen, reproducibly: every
// image of a labelled set, resampled by each zoom, is analysed through the app's model pass at
// a grid of fixed scales, and each candidate rule (limit × mat guard) is scored by the reading
// at the grid scale nearest to the one it would choose. Prints the mean coverage error per zoom
// (all / close-ups) and, for the follow-up pairs (models/synth/make_followups.py), the error of
// the change between two visits; writes bench-results/wide-shaft-sweep.json. Validation data
// only: the eval set reports the chosen rule (`npm run eval`), it does not choose it.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { downscaleArea } from '../src/lib/areaDownscale';
import { enlargeProbabilities } from '../src/analysis/worker/resample';
import { modelPass, type ModelPass } from '../src/analysis/worker/segmenter';
import {
  MAX_HAIR_SHARE,
  SHAFT_LIMIT_PX,
  shaftScaleFactor,
  widthFromStats,
  type ShaftMaskStats,
} from '../src/analysis/worker/shaftScale';
import { readProbe } from '../src/analysis/worker/wideShaftPass';
import { loadNodeSegmenter } from './node/segmenter';
import { zoomedSample } from './node/zoom';

const GRID = [1, 0.8, 0.67, 0.5, 0.4, 0.33, 0.25] as const;
const CLOSE_UP_SUBSET = 'dermoscopy';
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

async function listSamples(dir: string): Promise<{ group: string; id: string; path: string }[]> {
  const out = [];
  for (const group of (await readdir(dir, { withFileTypes: true })).filter((e) =>
    e.isDirectory(),
  )) {
    for (const file of (await readdir(join(dir, group.name))).filter((f) => f.endsWith('.jpg'))) {
      out.push({ group: group.name, id: file.slice(0, -4), path: join(dir, group.name, file) });
    }
  }
  return out.sort((a, b) => (a.group + a.id).localeCompare(b.group + b.id));
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

async function measure(dir: string, zooms: number[], pass: ModelPass): Promise<Measured[]> {
  const out: Measured[] = [];
  const samples = await listSamples(dir);
  for (const [n, sample] of samples.entries()) {
    for (const zoom of zooms) {
      const { image, label } = await zoomedSample(
        sample.path,
        sample.path.replace(/\.jpg$/, '.label.png'),
        zoom,
      );
      const probe = await readProbe(image, pass);
      const readings = new Map<number, number>();
      for (const factor of GRID) {
        if (Math.min(image.widthPx, image.heightPx) * factor < MIN_SIDE_PX) continue;
        readings.set(factor, await readingAt(image, factor, pass));
      }
      out.push({
        group: sample.group,
        id: sample.id,
        zoom,
        truthPct: coverageFromProbabilities(label).hairCoveragePct,
        stats: probe.stats,
        probeScale: probe.probeScale,
        widthPx: image.widthPx,
        heightPx: image.heightPx,
        readings,
      });
    }
    process.stdout.write(`\r${dir}: ${n + 1}/${samples.length}`);
  }
  process.stdout.write('\n');
  return out;
}

/** The reading at the grid scale nearest (in log scale) to the one the rule picks. */
function ruleReading(m: Measured, rule: Rule): number {
  const wide = shaftScaleFactor(
    widthFromStats(m.stats, rule.maxHairShare),
    m.probeScale,
    rule.limitPx,
  );
  const factor = wide?.factor ?? 1;
  let best = 1;
  for (const g of m.readings.keys()) {
    if (Math.abs(Math.log(g / factor)) < Math.abs(Math.log(best / factor))) best = g;
  }
  return m.readings.get(best) ?? Number.NaN;
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
/** Nearest-rank percentile. */
function percentile(v: number[], q: number): number {
  const sorted = [...v].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
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
        closeUpMeanErrorPp: mean(at.filter((m) => m.group === CLOSE_UP_SUBSET).map(err)),
      };
    }),
  }));
}

function changeTable(rows: Measured[], zooms: number[]) {
  const byKey = new Map(rows.map((m) => [`${m.group}/${m.id}@${m.zoom}`, m]));
  return RULES.map((rule) => ({
    rule: rule.label,
    zooms: zooms.map((zoom) => {
      const all: number[] = [];
      const closeUps: number[] = [];
      for (const a of rows.filter((m) => m.zoom === zoom && m.id.endsWith('a'))) {
        const b = byKey.get(`${a.group}/${a.id.slice(0, -1)}b@${zoom}`);
        if (!b) continue;
        const error = Math.abs(
          ruleReading(b, rule) - ruleReading(a, rule) - (b.truthPct - a.truthPct),
        );
        all.push(error);
        if (a.group === CLOSE_UP_PAIRS) closeUps.push(error);
      }
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

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'models/.cache/val' },
      pairs: { type: 'string', default: 'models/.cache/followups' },
      zooms: { type: 'string', default: '0.5,1,2,3' },
      'pair-zooms': { type: 'string', default: '1,2,3' },
    },
  });
  const zooms = (values.zooms ?? '').split(',').map(Number);
  const pairZooms = (values['pair-zooms'] ?? '').split(',').map(Number);
  const { ortModel } = await loadNodeSegmenter();
  if (!ortModel) throw new Error('the sweep needs the model (public/models/hairseg.onnx)');
  const pass = modelPass(ortModel);
  console.log(
    `shipped rule: limit ${SHAFT_LIMIT_PX} px, mats over ${MAX_HAIR_SHARE * 100} % left out`,
  );
  const set = coverageTable(await measure(values.set ?? '', zooms, pass), zooms);
  console.log(`\nmean coverage error, pp, all / ${CLOSE_UP_SUBSET} (${values.set})`);
  for (const r of set) {
    const cells = r.zooms.map(
      (z) => `×${z.zoom} ${z.meanErrorPp.toFixed(2)} / ${z.closeUpMeanErrorPp.toFixed(2)}`,
    );
    console.log(`${r.rule.padEnd(36)} ${cells.join('   ')}`);
  }
  const pairs = changeTable(await measure(values.pairs ?? '', pairZooms, pass), pairZooms);
  console.log(`\nchange error, pp, mean / P90 (close-up pairs mean / P90) (${values.pairs})`);
  for (const r of pairs) {
    const cells = r.zooms.map(
      (z) =>
        `×${z.zoom} ${z.meanPp.toFixed(2)} / ${z.p90Pp.toFixed(2)} (${z.closeUpMeanPp.toFixed(2)} / ${z.closeUpP90Pp.toFixed(2)})`,
    );
    console.log(`${r.rule.padEnd(36)} ${cells.join('   ')}`);
  }
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/wide-shaft-sweep.json',
    `${JSON.stringify({ command: 'npx tsx scripts/wideShaftSweep.ts', set: values.set, pairs: values.pairs, grid: GRID, coverage: set, change: pairs }, null, 2)}\n`,
  );
  console.log('wrote bench-results/wide-shaft-sweep.json');
  await ortModel.release();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
