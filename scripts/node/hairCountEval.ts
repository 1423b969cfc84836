// The hair-count table of `npm run eval`: each segmenter's hair plane through the app's hair
// counter (src/analysis/worker/hairCount.ts) on a set of trichoscopy close-ups with true counts
// (models/eval-count/counts.json, written by models/synth/make_count_eval.py).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countingPlanes } from '../../src/analysis/worker/countPhoto';
import { ruleHairCounter, type HairCounter } from '../../src/analysis/worker/learnedHairCount';
import type { Segmenter } from '../../src/analysis/worker/segmenter';
import { decodeForAnalysis } from './decode';
import { percentile } from './stats';
import { printTextTable } from './textTable';

interface CountImage {
  id: string;
  hairCount: number;
  cut: boolean;
}

export interface CountSummary {
  images: number;
  /** Images the counter gave a number for (not "too thin" or "a mat"). */
  counted: number;
  /** Mean |counted − true| / true over counted images, percent. */
  maePct: number | null;
  /** Mean (counted − true) / true, percent: below 0 the counter misses hairs. */
  biasPct: number | null;
  /** Σ |counted − true| / Σ true, percent: the error per hair, which small counts sway less. */
  pooledErrPct: number | null;
  /** 90th percentile of |counted − true| / true, percent. */
  p90ErrPct: number | null;
  /** Pearson correlation of counted with true counts. */
  r: number | null;
}

export interface CountRow {
  group: string;
  methods: Record<string, CountSummary>;
}

/** Groups of the table: all images, trimmed or long hair, few or many hairs. */
const GROUPS: { name: string; test: (image: CountImage) => boolean }[] = [
  { name: 'trimmed', test: (i) => i.cut },
  { name: 'long', test: (i) => !i.cut },
  { name: '≤ 20 hairs', test: (i) => i.hairCount <= 20 },
  { name: '> 20 hairs', test: (i) => i.hairCount > 20 },
  { name: 'overall', test: () => true },
];

function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

export function summariseCounts(
  pairs: readonly { truth: number; counted?: number }[],
): CountSummary {
  const counted = pairs.filter(
    (p): p is { truth: number; counted: number } => p.counted !== undefined && p.truth > 0,
  );
  const rel = counted.map((p) => (100 * (p.counted - p.truth)) / p.truth);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const truths = counted.reduce((a, p) => a + p.truth, 0);
  const abs = rel.map(Math.abs).sort((a, b) => a - b);
  return {
    images: pairs.length,
    counted: counted.length,
    maePct: mean(abs),
    biasPct: mean(rel),
    pooledErrPct:
      truths > 0
        ? (100 * counted.reduce((a, p) => a + Math.abs(p.counted - p.truth), 0)) / truths
        : null,
    p90ErrPct: abs.length ? percentile(abs, 0.9) : null,
    r: pearson(
      counted.map((p) => p.truth),
      counted.map((p) => p.counted),
    ),
  };
}

export async function evaluateHairCounts(
  dir: string,
  methods: Partial<Record<string, Segmenter>>,
  appCounter: HairCounter,
): Promise<{ rows: CountRow[]; perImage: Record<string, unknown>[] } | null> {
  let images: CountImage[];
  try {
    images = (
      JSON.parse(await readFile(join(dir, 'counts.json'), 'utf8')) as { images: CountImage[] }
    ).images;
  } catch {
    console.log(`\nHair count: no ${join(dir, 'counts.json')}, skipped`);
    return null;
  }
  const segmenters = Object.keys(methods).filter((n) => methods[n]);
  // The model's planes through the app's counter (the learned one, or the rule counter where it
  // could not load) and through the rule counter alone; the baseline's through the rule counter.
  const counters = segmenters.flatMap((name) =>
    name === 'model'
      ? [
          { name, segmenter: name, count: appCounter },
          { name: 'model rule', segmenter: name, count: ruleHairCounter },
        ]
      : [{ name, segmenter: name, count: ruleHairCounter }],
  );
  const names = counters.map((c) => c.name);
  const perImage: Record<string, unknown>[] = [];
  const counts = new Map<string, (number | undefined)[]>(names.map((n) => [n, []]));
  for (const image of images) {
    const { image: pixels } = await decodeForAnalysis(join(dir, `${image.id}.jpg`));
    const entry: Record<string, unknown> = { id: image.id, truth: image.hairCount, cut: image.cut };
    const planes = new Map<string, Awaited<ReturnType<Segmenter['segment']>>>();
    // As the app counts: a close-up over the count photo's size is segmented again on a copy.
    for (const name of segmenters) {
      const segmenter = methods[name]!;
      planes.set(name, await countingPlanes(pixels, (photo) => segmenter.segment(photo)));
    }
    for (const { name, segmenter, count } of counters) {
      const reading = await count(planes.get(segmenter)!);
      counts.get(name)!.push(reading.hairs);
      entry[name] = reading;
    }
    perImage.push(entry);
  }
  const rows: CountRow[] = GROUPS.map(({ name, test }) => ({
    group: name,
    methods: Object.fromEntries(
      names.map((m) => [
        m,
        summariseCounts(
          images
            .map((image, i) => ({ image, counted: counts.get(m)![i] }))
            .filter(({ image }) => test(image))
            .map(({ image, counted }) => ({ truth: image.hairCount, counted })),
        ),
      ]),
    ),
  }));
  const fmt = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
  console.log(
    `\nHair count (${dir}): hairs counted in the frame vs the strands drawn (vellus included). err: mean |counted − true| / true; P90: its 90th percentile; pooled: Σ|counted − true| / Σ true; bias: mean (counted − true) / true; r: correlation`,
  );
  printTextTable(
    [
      'group',
      'n',
      ...names.flatMap((m) => [`counted ${m}`, 'err %', 'P90 %', 'pooled %', 'bias %', 'r']),
    ],
    rows.map((row) => [
      row.group,
      String(row.methods[names[0]!]?.images ?? 0),
      ...names.flatMap((m) => {
        const s = row.methods[m]!;
        return [
          String(s.counted),
          fmt(s.maePct),
          fmt(s.p90ErrPct),
          fmt(s.pooledErrPct),
          fmt(s.biasPct),
          fmt(s.r, 2),
        ];
      }),
    ]),
  );
  return { rows, perImage };
}
