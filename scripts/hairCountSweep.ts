// `npx tsx scripts/hairCountSweep.ts [models/.cache/val-count] [--scope-frame]`
// Chooses the hair counter's settings (src/analysis/worker/hairCount.ts) on the validation count
// set (models/synth/make_count_eval.py --seed-base 8300000 --count 72 --out
// models/.cache/val-count): every setting in a small grid, on the model's hair plane (app code
// path) and, for reference, on the true label (what the counter does with a perfect mask).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  countHairs,
  DEFAULT_HAIR_COUNT_OPTIONS,
  type HairCountOptions,
} from '../src/analysis/worker/hairCount';
import type { ClassProbabilities } from '../src/analysis/worker/image';
import { decodeForAnalysis } from './node/decode';
import { summariseCounts } from './node/hairCountEval';
import { readLabelFile } from './node/labelFile';
import { APP_RULES } from '../src/analysis/worker/segmenter';
import { loadNodeSegmenter } from './node/segmenter';
import { printTextTable } from './node/textTable';

const args = process.argv.slice(2);
// --scope-frame: the model's planes with the scope-frame rule applied (MODEL_CARD.md, Scope
// frame), to see whether the counter, re-chosen on them, would make up what the rule costs it.
const scopeFrame = args.includes('--scope-frame');
const dir = args.find((a) => !a.startsWith('--')) ?? 'models/.cache/val-count';
const { images } = JSON.parse(await readFile(join(dir, 'counts.json'), 'utf8')) as {
  images: { id: string; hairCount: number }[];
};
const { segmenter } = await loadNodeSegmenter({ rules: { ...APP_RULES, scopeFrame } });
const planes: { truth: number; model: ClassProbabilities; label: ClassProbabilities }[] = [];
for (const image of images) {
  const { image: pixels } = await decodeForAnalysis(join(dir, `${image.id}.jpg`));
  planes.push({
    truth: image.hairCount,
    model: await segmenter.segment(pixels),
    label: await readLabelFile(join(dir, `${image.id}.label.png`)),
  });
}

const grid: HairCountOptions[] = [];
// Stop 16 also tried, instead of the mean-probability rule, a minimum count of confident pixels
// (p ≥ 0.9) per region, so a web of real shafts with faint parts is not dropped whole: no setting
// of it beat this grid's best (MODEL_CARD.md, "Hair count").
for (const closeWidths of [0, 0.5, 0.75, 1])
  for (const minLengthWidths of [3, 5])
    for (const countByWidth of [false, true])
      for (const minMeanProbability of [0.6, 0.7, 0.8])
        for (const junctionParity of [false, true])
          grid.push({
            singleWidthPercentile: 0.5,
            minLengthWidths,
            countByWidth,
            minMeanProbability,
            junctionParity,
            closeWidths,
            calibrate: false,
          });

const fmt = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const lines = grid.map((options) => {
  const cells = [
    `close${options.closeWidths} p${options.singleWidthPercentile} len${options.minLengthWidths} ${options.countByWidth ? 'width' : 'ends'} prob${options.minMeanProbability}${options.junctionParity ? ' odd' : ''}${
      JSON.stringify(options) === JSON.stringify(DEFAULT_HAIR_COUNT_OPTIONS) ? ' (default)' : ''
    }`,
  ];
  for (const source of ['model', 'label'] as const) {
    const s = summariseCounts(
      planes.map((p) => ({ truth: p.truth, counted: countHairs(p[source], options).hairs })),
    );
    cells.push(String(s.counted), fmt(s.maePct), fmt(s.pooledErrPct), fmt(s.biasPct), fmt(s.r, 2));
  }
  return cells;
});
console.log(
  `${dir}: ${planes.length} images${scopeFrame ? ', scope-frame rule on' : ''}; err/bias relative to the true count, %`,
);
printTextTable(
  [
    'setting',
    'model n',
    'err %',
    'pooled %',
    'bias %',
    'r',
    'label n',
    'err %',
    'pooled %',
    'bias %',
    'r',
  ],
  lines,
);

if (process.env.PER_IMAGE) {
  const options = { ...DEFAULT_HAIR_COUNT_OPTIONS, ...JSON.parse(process.env.PER_IMAGE) };
  for (const [i, p] of planes.entries()) {
    const m = countHairs(p.model, options);
    const l = countHairs(p.label, options);
    console.log(
      images[i]!.id,
      'true',
      p.truth,
      'model',
      m.hairs ?? m.reason,
      m.shaftWidthPx?.toFixed(1),
      'label',
      l.hairs,
      l.shaftWidthPx?.toFixed(1),
    );
  }
}
