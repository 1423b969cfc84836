// `npx tsx scripts/blownOutSweep.ts [--set models/.cache/val,models/.cache/val2]`
// How the blown-out flag (src/analysis/worker/photoExposure.ts, readingQuality.ts
// BLOWN_OUT_FLAG_PCT) was chosen, reproducibly: every image of the validation sets is read through
// the app's segmenter as it is and overexposed (values ×1.41, ×1.6, ×2, clipped, as the eval's
// camera table overexposes), and for each candidate threshold of the blown-out share of the scalp
// the flagged readings' mean coverage error and share within the stated error are printed beside
// the rest's. Writes bench-results/blown-out-sweep.json. Validation data only: `npm run eval`
// reports the chosen flag on the held-out sets, it does not choose it.
import sharp from 'sharp';
import { flagSide } from './node/readingFlags';
import { scoreReading, type BoundedReading } from './node/errorBounds';
import { labelTruthPct } from './node/labelFile';
import { rawRgb } from './node/rawRgb';
import { labelPathOf, readValidationSamples, runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

const GAINS = [1, 1.41, 1.6, 2] as const;
const THRESHOLDS_PCT = [5, 10, 20, 30, 40] as const;

/** A reading with its error and the error the app states beside it (boundPp). */
interface Reading extends BoundedReading {
  set: string;
  group: string;
  id: string;
  gain: number;
  blownOutPct: number | null;
}

const fmt = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));

async function main(): Promise<void> {
  const readings = await readValidationSamples<Reading>(async (segmenter, sample, set) => {
    const truthPct = await labelTruthPct(labelPathOf(sample.path));
    const rows: Reading[] = [];
    for (const gain of GAINS) {
      const probs = await segmenter.segment(await rawRgb(sharp(sample.path).linear(gain, 0)));
      const { errorPp, boundPp, uncertainPct } = scoreReading(segmenter, probs, truthPct);
      rows.push({
        set,
        group: sample.group,
        id: sample.id,
        gain,
        errorPp,
        boundPp,
        uncertainPct,
        blownOutPct: probs.blownOut?.scalpPct ?? null,
      });
    }
    return rows;
  }, `${GAINS.length} exposures`);
  const table = THRESHOLDS_PCT.flatMap((threshold) =>
    GAINS.map((gain) => {
      const rows = readings.filter((r) => r.gain === gain);
      const flagged = (r: Reading) => r.blownOutPct !== null && r.blownOutPct >= threshold;
      return {
        threshold,
        gain,
        flagged: flagSide(rows.filter(flagged)),
        rest: flagSide(rows.filter((r) => !flagged(r))),
      };
    }),
  );
  console.log(
    'Blown-out share of the scalp (luma ≥ 250 where hair + skin ≥ 0.5) at or above the threshold: flagged readings against the rest, mean |measured − true| coverage and the share within the stated error',
  );
  printTextTable(
    ['threshold %', 'values ×', 'flagged', 'error pp', 'within %', 'rest', 'error pp', 'within %'],
    table.map(({ threshold, gain, flagged, rest }) => [
      String(threshold),
      String(gain),
      String(flagged.readings),
      fmt(flagged.meanErrorPp, 2),
      fmt(flagged.withinPct, 0),
      String(rest.readings),
      fmt(rest.meanErrorPp, 2),
      fmt(rest.withinPct, 0),
    ]),
  );
  await writeSweepJson('blown-out-sweep.json', { gains: GAINS, table, readings });
}

runSweep(main);
