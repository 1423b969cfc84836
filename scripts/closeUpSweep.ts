// `npx tsx scripts/closeUpSweep.ts [--set models/.cache/val,models/.cache/val2]`
// How `npm run segment`'s close-up guess (scripts/node/closeUpGuess.ts) was chosen, by the rule
// written before it was measured (MODEL_CARD.md, Hair count): every validation photo as it is,
// blurred by σ 1 and 2 px and enlarged ×2 is read through the app's segmenter and counted as
// segment counts unasked; for each cut on the mean hair length the count implies, the share of
// today's guessed close-ups kept, close-ups (dermoscopy) and the rest apart. Writes
// bench-results/close-up-sweep.json. Validation data only.
import sharp from 'sharp';
import { countHairs } from '../src/analysis/worker/hairCount';
import { CLOSE_UP_SHAFT_WIDTH_PX, impliedHairLengthDiagonals } from './node/closeUpGuess';
import { rawRgb } from './node/rawRgb';
import { CLOSE_UP_GROUP, readValidationSamples, runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

const VARIANTS = [
  { name: 'as is', apply: (path: string) => sharp(path) },
  { name: 'σ 1', apply: (path: string) => sharp(path).blur(1) },
  { name: 'σ 2', apply: (path: string) => sharp(path).blur(2) },
  {
    name: '×2',
    apply: (path: string) =>
      sharp(path)
        .metadata()
        .then(({ width }) => sharp(path).resize({ width: (width ?? 0) * 2, kernel: 'cubic' })),
  },
] as const;
const CUTS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, Infinity];
const KEEP_CLOSE_UPS = 0.95;

interface Guess {
  group: string;
  id: string;
  variant: string;
  closeUp: boolean;
  /** Counted by today's guess (shafts ≥ 10 px and a count). */
  counted: boolean;
  hairs: number | null;
  shaftWidthPx: number | null;
  lengthDiagonals: number | null;
}

async function main(): Promise<void> {
  const rows = await readValidationSamples<Guess>(async (segmenter, sample) => {
    const out: Guess[] = [];
    for (const variant of VARIANTS) {
      const probs = await segmenter.segment(await rawRgb(await variant.apply(sample.path)));
      const count = countHairs(probs, undefined, CLOSE_UP_SHAFT_WIDTH_PX);
      const counted =
        count.hairs !== undefined && (count.shaftWidthPx ?? 0) >= CLOSE_UP_SHAFT_WIDTH_PX;
      out.push({
        group: sample.group,
        id: sample.id,
        variant: variant.name,
        closeUp: sample.group === CLOSE_UP_GROUP,
        counted,
        hairs: count.hairs ?? null,
        shaftWidthPx: count.shaftWidthPx ?? null,
        lengthDiagonals: counted ? (impliedHairLengthDiagonals(probs, count) ?? null) : null,
      });
    }
    return out;
  }, `${VARIANTS.length} variants`);

  console.log(
    '\nGuessed close-ups today (shafts ≥ 10 px, a count), per variant: close-ups / the rest',
  );
  printTextTable(
    ['variant', 'close-ups', 'rest'],
    VARIANTS.map(({ name }) => {
      const of = (closeUp: boolean) =>
        rows.filter((r) => r.variant === name && r.closeUp === closeUp);
      return [
        name,
        `${of(true).filter((r) => r.counted).length} of ${of(true).length}`,
        `${of(false).filter((r) => r.counted).length} of ${of(false).length}`,
      ];
    }),
  );
  const counted = rows.filter((r) => r.counted);
  const kept = (closeUp: boolean, cut: number) =>
    counted.filter((r) => r.closeUp === closeUp && (r.lengthDiagonals ?? 0) <= cut).length;
  const nClose = counted.filter((r) => r.closeUp).length;
  const nRest = counted.length - nClose;
  console.log(
    '\nCounted only where the implied mean hair length ≤ cut (frame diagonals): guessed close-ups kept',
  );
  const table = CUTS.map((cut) => ({
    cut,
    closeUpsKept: kept(true, cut),
    restKept: kept(false, cut),
  }));
  printTextTable(
    ['cut', 'close-ups kept', 'rest kept'],
    table.map((t) => [
      Number.isFinite(t.cut) ? t.cut.toFixed(1) : 'none',
      `${t.closeUpsKept} of ${nClose}`,
      `${t.restKept} of ${nRest}`,
    ]),
  );
  const chosen = table.find(
    (t) => Number.isFinite(t.cut) && t.closeUpsKept >= KEEP_CLOSE_UPS * nClose,
  );
  const adopt = chosen !== undefined && nRest - chosen.restKept >= nRest / 2;
  console.log(
    chosen
      ? `\nrule: smallest cut keeping ≥ ${KEEP_CLOSE_UPS * 100} % of close-ups: ${chosen.cut}; it removes ${nRest - chosen.restKept} of ${nRest} other guesses: ${adopt ? 'adopt' : 'do not adopt (fewer than half)'}`
      : '\nrule: no cut keeps enough close-ups: do not adopt',
  );
  await writeSweepJson('close-up-sweep.json', { rows, table, chosen: chosen ?? null, adopt });
}

runSweep(main);
