// `npx tsx scripts/phoneDefocusSweep.ts [--set models/.cache/val,models/.cache/val2]`
// Stop 32: does the out-of-focus flag (photoFocus.ts, edge sharpness ≤ 0.15) still catch blurred
// photos once a phone has added grain, sharpened and saved them (scripts/node/phoneFinish.ts)?
// Every validation image is read through the app's segmenter blurred by σ 0–6 px and finished
// three ways; the rule written first (models/.cache/stop32-phone-defocus-rule.md) then decides
// whether a candidate statistic replaces stop 26's (two rounds of candidates; round 2's s5n did). Writes
// bench-results/phone-defocus-sweep.json. Validation data only.
import {
  CANDIDATE_GRID,
  candidateTable,
  chooseCandidate,
  partA,
  readPhoneDefocused,
  ROUNDS,
  triggered,
  type PhoneDefocusReading,
} from './node/phoneDefocus';
import { FLAG_SIDE_HEADINGS, flagSideCells } from './node/readingFlags';
import { readValidationSamples, runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

const fmt = (v: number | null, digits = 2) => (v === null ? '–' : v.toFixed(digits));

async function main(): Promise<void> {
  const readings = await readValidationSamples<PhoneDefocusReading>(
    (segmenter, sample) => readPhoneDefocused(segmenter, sample),
    '6 blurs × 3 finishes',
  );
  const a = partA(readings);
  console.log(
    "Part A: stop 26's flag (edge sharpness on the raw luma ≤ 0.15) per finish and blur σ (px): share flagged; error pp and within % of all / flagged / rest",
  );
  printTextTable(
    ['finish', 'σ', 'flagged %', 'all: error, within', 'flagged', 'rest'],
    a.map((row) => [
      row.finish,
      String(row.sigmaPx),
      row.flaggedPct.toFixed(0),
      `${fmt(row.all.meanErrorPp)}, ${fmt(row.all.withinPct, 0)}`,
      `${row.flagged.readings}: ${fmt(row.flagged.meanErrorPp)}, ${fmt(row.flagged.withinPct, 0)}`,
      `${row.rest.readings}: ${fmt(row.rest.meanErrorPp)}, ${fmt(row.rest.withinPct, 0)}`,
    ]),
  );
  const isTriggered = triggered(readings);
  console.log(`\nPart B triggered: ${isTriggered}`);
  const tables = (['stop26', ...ROUNDS.flat()] as const).map((statistic) => ({
    statistic,
    rows: candidateTable(readings, statistic, CANDIDATE_GRID),
  }));
  for (const { statistic, rows } of tables) {
    console.log(`\n${statistic}: flagged at or below the threshold`);
    printTextTable(
      [
        'threshold',
        'σ0 max %',
        'close-ups max %',
        'flagged',
        ...FLAG_SIDE_HEADINGS,
        'rest',
        ...FLAG_SIDE_HEADINGS,
        'σ3-6 gauss / p2 / p4 %',
      ],
      rows.map((row) => [
        row.threshold.toFixed(2),
        row.asTheyCameMaxPct.toFixed(1),
        row.closeUpsMaxPct.toFixed(0),
        ...flagSideCells(row.flagged),
        ...flagSideCells(row.rest),
        Object.values(row.heavyPct)
          .map((v) => v.toFixed(0))
          .join(' / '),
      ]),
    );
  }
  // Round 2 was written after round 1's figures, before its own (the rule file says so).
  const rounds = ROUNDS.map((candidates) => chooseCandidate(readings, candidates));
  rounds.forEach(({ choices, chosen }, i) => {
    console.log(`\nRound ${i + 1}:`);
    for (const c of choices) {
      console.log(
        `${c.statistic}: threshold ${c.threshold ?? 'none'}, ratio ${fmt(c.errorRatio)}, criteria ${JSON.stringify(c.criteria)}, ${c.adoptable ? 'adoptable' : 'not adoptable'}`,
      );
    }
    console.log(
      isTriggered
        ? `The rule chooses: ${chosen ? `${chosen.statistic} at ${chosen.threshold}` : 'no candidate'}.`
        : "Not triggered: stop 26's flag stays, the candidates are only reported.",
    );
  });
  await writeSweepJson('phone-defocus-sweep.json', {
    partA: a,
    triggered: isTriggered,
    tables,
    rounds: rounds.map(({ choices, chosen }) => ({ choices, chosen: chosen ?? null })),
    readings,
  });
}

runSweep(main);
