// `npx tsx scripts/closeUpSizeCheck.ts <count set folder>... [--copy-sides 1024,512]`
// How the segmenter reads trichoscopy close-ups by their size (stop 30): every close-up of the
// given count sets (models/synth/make_count_eval.py, which writes a label beside each photo) is
// read through the app's segmenter at its own size and, for each copy side, from a copy
// area-shrunk to that long side whose planes are enlarged back. Prints pooled hair IoU and the
// mean coverage error and bias per way of reading; writes bench-results/close-up-size.json.
// Render the same plans at several sizes (--size 512 / 1024 / 2048) to see what size alone does.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countPhoto } from '../src/analysis/worker/countPhoto';
import { enlargeProbabilities } from '../src/analysis/worker/resample';
import { decodeForAnalysis } from './node/decode';
import { scoreImage, summarise, type ImageScores } from './node/evalMetrics';
import { readLabelFile } from './node/labelFile';
import { loadNodeSegmenter } from './node/segmenter';
import { runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

async function main(): Promise<void> {
  const { values, positionals: sets } = parseArgs({
    allowPositionals: true,
    options: { 'copy-sides': { type: 'string', default: '1024,512' } },
  });
  if (sets.length === 0) throw new Error('usage: closeUpSizeCheck.ts <count set folder>...');
  const copySides = values['copy-sides'].split(',').map(Number);
  const ways = ['own size', ...copySides.map((s) => `${s}-px copy`)];
  const { segmenter } = await loadNodeSegmenter();
  const scores = new Map<string, ImageScores[]>(ways.map((w) => [w, []]));
  const perImage: Record<string, unknown>[] = [];
  for (const dir of sets) {
    const { images } = JSON.parse(await readFile(join(dir, 'counts.json'), 'utf8')) as {
      images: { id: string }[];
    };
    for (const { id } of images) {
      const { image } = await decodeForAnalysis(join(dir, `${id}.jpg`));
      const label = await readLabelFile(join(dir, `${id}.label.png`));
      const entry: Record<string, unknown> = { id, widthPx: image.widthPx };
      const ownSize = await segmenter.segment(image);
      for (const [k, way] of ways.entries()) {
        // The copy as the count photo is made (countPhoto.ts), its planes enlarged back; a photo
        // no larger than the copy side is its own reading.
        const copy = k === 0 ? image : countPhoto(image, copySides[k - 1]!);
        const probs =
          copy === image
            ? ownSize
            : enlargeProbabilities(await segmenter.segment(copy), image.widthPx, image.heightPx);
        const score = scoreImage(probs, label, segmenter.hairThreshold);
        scores.get(way)!.push(score);
        entry.truePct = score.trueCoveragePct;
        entry[way] = score.measuredCoveragePct;
      }
      perImage.push(entry);
    }
  }
  const rows = ways.map((way) => ({ way, ...summarise(scores.get(way)!, 0) }));
  console.log(
    'Close-ups of the given sets through the app segmenter: pooled hair IoU, mean |measured − true| coverage and its bias',
  );
  printTextTable(
    ['read', 'images', 'hair IoU %', 'error pp', 'bias pp'],
    rows.map((r) => [
      r.way,
      String(r.images),
      r.hairIouPct === null ? '—' : r.hairIouPct.toFixed(1),
      r.coverageMaePp.toFixed(2),
      r.coverageBiasPp.toFixed(2),
    ]),
  );
  await writeSweepJson('close-up-size.json', { sets, rows, perImage });
}

runSweep(main);
