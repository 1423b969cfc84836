// `npx tsx scripts/coverageTemperatureSweep.ts [--set a,b --pairs dir --zooms 0.5,1,2 --pair-zooms 1]`
// How the coverage temperature (coverage.ts; the card's quality.coverageTemperature) was chosen,
// reproducibly: every image of the validation sets, resampled by each zoom, and both visits of
// each follow-up pair go once through the app's path (model, shaft-width passes); coverage is then
// read from those probabilities at each temperature of the grid. Prints the mean coverage error
// per set and zoom, the change error of the pairs, and the temperature the rule picks: the lowest
// pooled mean error among those whose mean change error is within 0.1 pp of T = 1's. Writes
// bench-results/coverage-temperature-sweep.json. Validation data only (MODEL_CARD.md, "Coverage
// temperature": the held-out check is npm run eval with the card set to it).
import { coverageFromProbabilities } from '../src/analysis/worker/coverage';
import { loadNodeSegmenter } from './node/segmenter';
import { percentileLinear } from './node/stats';
import { printTextTable } from './node/textTable';
import {
  mapZoomedSamples,
  mean,
  pairChangeErrors,
  runSweep,
  sampleTruth,
  sweepOptions,
  writeSweepJson,
  type SampleTruth,
} from './node/sweepSet';

const GRID = [1, 0.85, 0.7, 0.5, 0.35, 0.25] as const;
/** How much worse than T = 1 the mean change error may get, pp (the rule, written first). */
const CHANGE_SLACK_PP = 0.1;

interface Reading extends SampleTruth {
  set: string;
  /** Coverage at each temperature of GRID, in order. */
  readPct: number[];
}

async function main(): Promise<void> {
  const options = sweepOptions({
    set: 'models/.cache/val,models/.cache/val2',
    zooms: '0.5,1,2',
    pairZooms: '1',
  });
  const { segmenter, ortModel } = await loadNodeSegmenter();
  if (!ortModel) throw new Error('the sweep needs the model (public/models/hairseg.onnx)');
  const read = (dir: string, zooms: number[]) =>
    mapZoomedSamples(dir, zooms, async (sample, zoom, { image, label }): Promise<Reading> => {
      const probs = await segmenter.segment(image);
      return {
        set: dir,
        ...sampleTruth(sample, zoom, label),
        readPct: GRID.map((t) => coverageFromProbabilities(probs, undefined, t).hairCoveragePct),
      };
    });
  const singles: Reading[] = [];
  for (const dir of options.sets) singles.push(...(await read(dir, options.zooms)));
  const pairs = await read(options.pairs, options.pairZooms);
  await ortModel.release();

  const all = [...singles, ...pairs];
  const errorAt = (rows: Reading[], k: number) =>
    mean(rows.map((r) => Math.abs(r.readPct[k]! - r.truthPct)));
  const groups = [
    ...options.sets.flatMap((set) =>
      options.zooms.map((zoom) => ({
        name: `${set.split('/').pop()} ×${zoom}`,
        rows: singles.filter((r) => r.set === set && r.zoom === zoom),
      })),
    ),
    { name: 'follow-up visits', rows: pairs },
    { name: 'pooled', rows: all },
  ];
  const changes = GRID.map((_, k) =>
    options.pairZooms.flatMap((zoom) =>
      pairChangeErrors(pairs, zoom, (r) => r.readPct[k]!).map((p) => p.error),
    ),
  );
  const pooled = GRID.map((_, k) => errorAt(all, k));
  const changeMean = changes.map((c) => mean(c));
  const allowed = GRID.map((_, k) => changeMean[k]! <= changeMean[0]! + CHANGE_SLACK_PP);
  const chosen = GRID.reduce(
    (best, _, k) => (allowed[k] && pooled[k]! < pooled[best]! ? k : best),
    0,
  );
  console.log('Mean |measured − true| coverage, pp, at each coverage temperature (validation)');
  printTextTable(
    ['readings', 'n', ...GRID.map((t) => `T ${t}`)],
    [
      ...groups.map((g) => [
        g.name,
        String(g.rows.length),
        ...GRID.map((_, k) => errorAt(g.rows, k).toFixed(2)),
      ]),
      ['change, mean', String(changes[0]!.length), ...changeMean.map((v) => v.toFixed(2))],
      [
        'change, P90',
        String(changes[0]!.length),
        ...changes.map((c) => percentileLinear(c, 0.9).toFixed(2)),
      ],
    ],
  );
  console.log(
    `rule: lowest pooled error with the mean change error within ${CHANGE_SLACK_PP} pp of T = 1's → T = ${GRID[chosen]}`,
  );
  await writeSweepJson('coverage-temperature-sweep.json', {
    command: 'npx tsx scripts/coverageTemperatureSweep.ts',
    grid: GRID,
    groups: groups.map((g) => ({
      name: g.name,
      readings: g.rows.length,
      meanErrorPp: GRID.map((_, k) => errorAt(g.rows, k)),
    })),
    changeMeanPp: changeMean,
    changeP90Pp: changes.map((c) => percentileLinear(c, 0.9)),
    chosen: GRID[chosen],
  });
}

runSweep(main);
