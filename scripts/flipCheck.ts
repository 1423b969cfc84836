// `npx tsx scripts/flipCheck.ts [--set models/.cache/val,models/.cache/val2]`
// Flip test-time augmentation, measured before it is built: every validation image is analysed
// through the app's model pass (no shaft-width rules, so only the flip differs) as it is and
// flipped left-right, top-bottom and both, and the coverage error of one reading is compared with
// that of the mean of two (left-right) and of all four. The spread of the four readings also
// shows how much of a reading's error is the model's own noise. Prints per set; writes
// bench-results/flip-check.json. Validation data only.
import { parseArgs } from 'node:util';
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import type { PixelImage } from '../src/analysis/worker/image';
import {
  mapZoomedSamples,
  mean,
  percentile,
  runSweep,
  scriptArgs,
  sweepPass,
  writeSweepJson,
} from './node/sweepSet';

const FLIPS = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

/** `image` mirrored left-right (`h`) and/or top-bottom (`v`). */
function flipped(image: PixelImage, h: boolean, v: boolean): PixelImage {
  const { widthPx: w, heightPx: ht, channels: c, data } = image;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < ht; y += 1) {
    const sy = v ? ht - 1 - y : y;
    for (let x = 0; x < w; x += 1) {
      const sx = h ? w - 1 - x : x;
      out.set(data.subarray((sy * w + sx) * c, (sy * w + sx + 1) * c), (y * w + x) * c);
    }
  }
  return { ...image, data: out };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: { set: { type: 'string', default: 'models/.cache/val,models/.cache/val2' } },
  });
  const { pass, release } = await sweepPass();
  const out = [];
  for (const set of (values.set ?? '').split(',')) {
    const rows = await mapZoomedSamples(set, [1], async (sample, _zoom, { image, label }) => {
      const readings: number[] = [];
      for (const [h, v] of FLIPS) {
        readings.push(coverageFromProbabilities(await pass(flipped(image, h, v))).hairCoveragePct);
      }
      return {
        group: sample.group,
        id: sample.id,
        truthPct: coverageFromProbabilities(label).hairCoveragePct,
        readings,
      };
    });
    const errors = (n: number) =>
      rows.map((r) => Math.abs(mean(r.readings.slice(0, n)) - r.truthPct));
    const summary = {
      set,
      images: rows.length,
      meanErrorPp: { one: mean(errors(1)), two: mean(errors(2)), four: mean(errors(4)) },
      p90ErrorPp: {
        one: percentile(errors(1), 0.9),
        two: percentile(errors(2), 0.9),
        four: percentile(errors(4), 0.9),
      },
      medianSpreadPp: percentile(
        rows.map((r) => Math.max(...r.readings) - Math.min(...r.readings)),
        0.5,
      ),
    };
    const m = summary.meanErrorPp;
    const p = summary.p90ErrorPp;
    console.log(
      `${set}: coverage error mean ${m.one.toFixed(2)} / ${m.two.toFixed(2)} / ${m.four.toFixed(2)} pp, P90 ${p.one.toFixed(2)} / ${p.two.toFixed(2)} / ${p.four.toFixed(2)} pp (1 / 2 / 4 readings); four flips spread by a median ${summary.medianSpreadPp.toFixed(2)} pp`,
    );
    out.push({ ...summary, rows });
  }
  await release();
  await writeSweepJson('flip-check.json', { sets: out });
}

runSweep(main);
