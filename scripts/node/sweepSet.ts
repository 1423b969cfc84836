// What the shaft-rule sweeps (scripts/wideShaftSweep.ts, scripts/thinShaftSweep.ts) share: the
// command line, the model pass, the labelled samples of a set folder, the statistics they
// report and where they write them.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageFromProbabilities } from '../../src/analysis/worker/coverage';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { modelPass, type ModelPass, type Segmenter } from '../../src/analysis/worker/segmenter';
import { loadNodeSegmenter } from './segmenter';
import { zoomedSample, type ZoomedSample } from './zoom';

export interface SweepSample {
  group: string;
  id: string;
  path: string;
}

/** Every `<group>/<id>.jpg` of a set folder (its label beside it as `<id>.label.png`), sorted. */
export async function listSweepSamples(dir: string): Promise<SweepSample[]> {
  const out: SweepSample[] = [];
  for (const group of (await readdir(dir, { withFileTypes: true })).filter((e) =>
    e.isDirectory(),
  )) {
    for (const file of (await readdir(join(dir, group.name))).filter((f) => f.endsWith('.jpg'))) {
      out.push({ group: group.name, id: file.slice(0, -4), path: join(dir, group.name, file) });
    }
  }
  return out.sort((a, b) => (a.group + a.id).localeCompare(b.group + b.id));
}

/** The subset of the eval and validation sets (make_eval.py) that holds the close-ups. */
export const CLOSE_UP_GROUP = 'dermoscopy';

export const labelPathOf = (imagePath: string) => imagePath.replace(/\.jpg$/, '.label.png');

export { mean, percentile } from './stats';

/**
 * Index of the grid value nearest to `target` in log scale (the first of equals): the sweeps
 * read a rule's choice at the grid scale they measured nearest to it.
 */
export function nearestIndexInLog(grid: readonly number[], target: number): number {
  let best = 0;
  grid.forEach((g, i) => {
    if (Math.abs(Math.log(g / target)) < Math.abs(Math.log(grid[best]! / target))) best = i;
  });
  return best;
}

/**
 * What every reading of a labelled sample starts with: which sample, at which zoom, and its true
 * coverage (from the soft label, as the eval scores it); followUpPairs pairs readings by these.
 */
export interface SampleTruth {
  group: string;
  id: string;
  zoom: number;
  truthPct: number;
}

export function sampleTruth(
  sample: SweepSample,
  zoom: number,
  label: ClassProbabilities,
): SampleTruth {
  return {
    group: sample.group,
    id: sample.id,
    zoom,
    truthPct: coverageFromProbabilities(label).hairCoveragePct,
  };
}

/** Follow-up pairs (make_followups.py names them `<n>a` and `<n>b`) among readings at one zoom. */
export function followUpPairs<T extends { group: string; id: string; zoom: number }>(
  rows: T[],
  zoom: number,
): [T, T][] {
  const byKey = new Map(rows.map((m) => [`${m.group}/${m.id}@${m.zoom}`, m]));
  const out: [T, T][] = [];
  for (const a of rows.filter((m) => m.zoom === zoom && m.id.endsWith('a'))) {
    const b = byKey.get(`${a.group}/${a.id.slice(0, -1)}b@${zoom}`);
    if (b) out.push([a, b]);
  }
  return out;
}

/** |measured − true change| of each follow-up pair at one zoom, from per-sample readings and truths. */
export function pairChangeErrors<
  T extends { group: string; id: string; zoom: number; truthPct: number },
>(rows: T[], zoom: number, reading: (m: T) => number): { group: string; error: number }[] {
  return followUpPairs(rows, zoom).map(([a, b]) => ({
    group: a.group,
    error: Math.abs(reading(b) - reading(a) - (b.truthPct - a.truthPct)),
  }));
}

export interface SweepOptions {
  /** Labelled set folders, pooled. */
  sets: string[];
  pairs: string;
  zooms: number[];
  pairZooms: number[];
}

/**
 * The script's own arguments. `npx tsx script.ts -- --set x` hands parseArgs the `--` too, which
 * would make every option after it a positional; `npm run` strips it, npx does not.
 */
export function scriptArgs(): string[] {
  const args = process.argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}

/** The command line both sweeps take, with each sweep's defaults. */
export function sweepOptions(defaults: {
  set: string;
  zooms: string;
  pairZooms: string;
}): SweepOptions {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: {
      // Comma-separated: the sets are pooled.
      set: { type: 'string', default: defaults.set },
      pairs: { type: 'string', default: 'models/.cache/followups' },
      zooms: { type: 'string', default: defaults.zooms },
      'pair-zooms': { type: 'string', default: defaults.pairZooms },
    },
  });
  const numbers = (v: string | undefined) => (v ?? '').split(',').map(Number);
  return {
    sets: (values.set ?? '').split(','),
    pairs: values.pairs ?? '',
    zooms: numbers(values.zooms),
    pairZooms: numbers(values['pair-zooms']),
  };
}

/** The app's model pass over the committed model, and how to release it. */
export async function sweepPass(): Promise<{ pass: ModelPass; release: () => Promise<void> }> {
  const { ortModel } = await loadNodeSegmenter();
  if (!ortModel) throw new Error('the sweep needs the model (public/models/hairseg.onnx)');
  return { pass: modelPass(ortModel), release: () => ortModel.release() };
}

/**
 * The loop of the sweeps that choose a reading flag on validation (blown-out, small-photo, out of
 * focus) and of the checks beside them (dyed hair): the app's calibrated segmenter over every
 * sample of the `--set` folders (val and val2 unless told), each sample read by `readSample` into
 * any number of rows; the model is released afterwards.
 */
export async function readValidationSamples<T>(
  readSample: (segmenter: Segmenter, sample: SweepSample, set: string) => Promise<T[]>,
  perSample: string,
): Promise<T[]> {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: { set: { type: 'string', default: 'models/.cache/val,models/.cache/val2' } },
  });
  const { segmenter, ortModel } = await loadNodeSegmenter();
  if (!ortModel || !segmenter.quality) throw new Error('the sweep needs the calibrated model');
  const rows: T[] = [];
  try {
    for (const set of (values.set ?? '').split(',')) {
      const samples = await listSweepSamples(set);
      for (const sample of samples) rows.push(...(await readSample(segmenter, sample, set)));
      console.log(`${set}: ${samples.length} samples × ${perSample}`);
    }
  } finally {
    await ortModel.release();
  }
  return rows;
}

/** Writes a sweep's figures under bench-results/ and says so. */
export async function writeSweepJson(name: string, body: object): Promise<void> {
  await mkdir('bench-results', { recursive: true });
  await writeFile(`bench-results/${name}`, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`wrote bench-results/${name}`);
}

/** Runs a sweep's main, exiting 1 with its message when it fails. */
export function runSweep(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/**
 * `read` for every sample of a set folder at every zoom (scripts/node/zoom.ts: photo and soft
 * label resampled together), with a progress line per sample on a terminal.
 */
export async function mapZoomedSamples<T>(
  dir: string,
  zooms: number[],
  read: (sample: SweepSample, zoom: number, zoomed: ZoomedSample) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  const samples = await listSweepSamples(dir);
  for (const [n, sample] of samples.entries()) {
    for (const zoom of zooms) {
      out.push(
        await read(sample, zoom, await zoomedSample(sample.path, labelPathOf(sample.path), zoom)),
      );
    }
    // A progress line for a terminal; a log file gets one line per folder instead.
    if (process.stdout.isTTY) process.stdout.write(`\r${dir}: ${n + 1}/${samples.length}`);
  }
  process.stdout.write(process.stdout.isTTY ? '\n' : `${dir}: ${samples.length} samples\n`);
  return out;
}
