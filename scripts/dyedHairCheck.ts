// `npx tsx scripts/dyedHairCheck.ts [--set models/.cache/val,models/.cache/val2]`
// How the model reads vividly dyed hair, which the generator never draws (it draws natural
// colours: black, brown, blond, red, grey, white). Every validation photo is read as it is and
// with its labelled hair recoloured blue, pink or green (each hair pixel blended, by its soft
// label, towards the tint at a brightness that follows its own luma, so shading and highlights
// stay). A measurement for the model card's known limits, not a rule: nothing in the app
// changes with it. Writes nothing; prints scalp scenes and close-ups apart.
import sharp from 'sharp';
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { assessReading } from '../src/analysis/worker/readingQuality';
import { readingNeedsCheck } from '../src/domain/analysis';
import { scoreReading, summariseBounds, type ScoredReading } from './node/errorBounds';
import { readLabelFile } from './node/labelFile';
import { rawRgb } from './node/rawRgb';
import {
  CLOSE_UP_GROUP,
  labelPathOf,
  mean,
  readValidationSamples,
  runSweep,
} from './node/sweepSet';
import { printTextTable } from './node/textTable';

const TINTS: readonly { name: string; rgb: readonly [number, number, number] | null }[] = [
  { name: 'as it is', rgb: null },
  { name: 'blue', rgb: [0.25, 0.45, 1.0] },
  { name: 'pink', rgb: [1.0, 0.35, 0.7] },
  { name: 'green', rgb: [0.3, 0.9, 0.4] },
];

/** The photo with its labelled hair blended towards `rgb`, by the soft hair label. */
function dyeHair(
  photo: PixelImage,
  label: ClassProbabilities,
  rgb: readonly [number, number, number],
): PixelImage {
  const data = new Uint8Array(photo.data);
  for (let k = 0; k < label.hair.length; k += 1) {
    const share = label.hair[k]!;
    if (share <= 0) continue;
    const i = photo.channels * k;
    const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    // Dyed hair is lighter than the dark hair it usually covers: lift it, keep its shading.
    const level = Math.min(255, 60 + 1.2 * luma);
    for (let c = 0; c < 3; c += 1) {
      data[i + c] = Math.round(data[i + c]! * (1 - share) + level * rgb[c]! * share);
    }
  }
  return { ...photo, data };
}

interface Reading extends ScoredReading {
  tint: string;
  closeUp: boolean;
  signedPp: number;
  needsCheck: boolean;
}

async function main(): Promise<void> {
  const readings = await readValidationSamples<Reading>(async (segmenter, sample) => {
    const label = await readLabelFile(labelPathOf(sample.path));
    const truthPct = coverageFromProbabilities(label).hairCoveragePct;
    const photo = await rawRgb(sharp(sample.path));
    const rows: Reading[] = [];
    for (const { name, rgb } of TINTS) {
      const probs = await segmenter.segment(rgb ? dyeHair(photo, label, rgb) : photo);
      const scored = scoreReading(segmenter, probs, truthPct);
      const quality = assessReading(scored, segmenter.quality, probs);
      rows.push({
        ...scored,
        tint: name,
        closeUp: sample.group === CLOSE_UP_GROUP,
        signedPp: scored.readPct - truthPct,
        needsCheck: readingNeedsCheck(quality),
      });
    }
    return rows;
  }, `${TINTS.length} hair colours`);
  console.log(
    'Hair recoloured: mean |measured − true| coverage, bias, share within the stated error, readings flagged to check',
  );
  printTextTable(
    ['hair', 'scenes', 'n', 'error pp', 'bias pp', 'within %', 'to check'],
    TINTS.flatMap(({ name }) =>
      [false, true].map((closeUp) => {
        const rows = readings.filter((r) => r.tint === name && r.closeUp === closeUp);
        const { meanErrorPp, withinPct } = summariseBounds(rows);
        return [
          name,
          closeUp ? 'close-ups' : 'scalp scenes',
          String(rows.length),
          meanErrorPp.toFixed(2),
          mean(rows.map((r) => r.signedPp)).toFixed(2),
          withinPct.toFixed(0),
          String(rows.filter((r) => r.needsCheck).length),
        ];
      }),
    ),
  );
}

runSweep(main);
