// `npx tsx scripts/defocusSweep.ts [--set models/.cache/val,models/.cache/val2]`
// How the out-of-focus flag (src/analysis/worker/photoFocus.ts, readingQuality.ts
// OUT_OF_FOCUS_EDGE_SHARPNESS) was chosen, reproducibly: every validation image is read through
// the app's segmenter as it is and blurred with a Gaussian of σ 1, 2, 3, 4.5 and 6 px (an
// out-of-focus camera); per σ and group the mean coverage error and each statistic's median are
// printed, then for both statistics each threshold's flagged readings against the rest, and the
// rule's choice. Writes bench-results/defocus-sweep.json. Validation data only: `npm run eval`
// reports the chosen flag on the held-out set, it does not choose it.
import {
  chooseFocusFlag,
  DEFOCUS_SIGMAS_PX,
  FOCUS_STATISTICS,
  readDefocused,
  thresholdTable,
  type DefocusReading,
} from './node/defocus';
import { STOP26_FOCUS } from '../src/analysis/worker/photoFocus';
import { FLAG_SIDE_HEADINGS, flagSideCells } from './node/readingFlags';
import { percentile } from './node/stats';
import { mean, readValidationSamples, runSweep, writeSweepJson } from './node/sweepSet';
import { printTextTable } from './node/textTable';

const fmt = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));

function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? percentile(known, 0.5) : null;
}

async function main(): Promise<void> {
  const readings = await readValidationSamples<DefocusReading>(
    // Stop 26's statistic, as it was chosen then; the app's reads the luma smoothed since stop 32.
    (segmenter, sample) =>
      readDefocused(segmenter, sample, { withBlurScore: true, focus: STOP26_FOCUS }),
    `${DEFOCUS_SIGMAS_PX.length} blurs`,
  );
  const groups = [...new Set(readings.map((r) => r.group))].sort();
  console.log(
    'Mean |measured − true| coverage, pp, and the medians of edge sharpness / blur score, per group and blur σ (px)',
  );
  printTextTable(
    ['group', ...DEFOCUS_SIGMAS_PX.map((s) => `σ ${s}`)],
    [...groups, 'all'].map((group) => [
      group,
      ...DEFOCUS_SIGMAS_PX.map((sigma) => {
        const rows = readings.filter(
          (r) => r.sigmaPx === sigma && (group === 'all' || r.group === group),
        );
        return `${mean(rows.map((r) => r.errorPp)).toFixed(1)} · ${fmt(median(rows.map((r) => r.edgeSharpness)), 2)} / ${fmt(median(rows.map((r) => r.blurScore)), 2)}`;
      }),
    ]),
  );
  const tables = FOCUS_STATISTICS.map((statistic) => ({
    statistic: statistic.name,
    flags: statistic.flags,
    rows: thresholdTable(readings, statistic),
  }));
  for (const { statistic, flags, rows } of tables) {
    console.log(
      `\n${statistic}, flagged ${flags === 'below' ? 'at or below' : 'at or above'} the threshold: share of photos as they came flagged, of close-ups at σ 1–2 flagged; blurred readings (σ > 0) flagged against the rest`,
    );
    printTextTable(
      [
        'threshold',
        'as came %',
        'close-ups %',
        'flagged',
        ...FLAG_SIDE_HEADINGS,
        'rest',
        ...FLAG_SIDE_HEADINGS,
      ],
      rows.map((row) => [
        row.threshold.toFixed(2),
        row.asTheyCamePct.toFixed(1),
        row.sharpCloseUpsPct.toFixed(0),
        ...flagSideCells(row.flagged),
        ...flagSideCells(row.rest),
      ]),
    );
  }
  const { choices, chosen } = chooseFocusFlag(readings);
  for (const c of choices) {
    console.log(
      `${c.statistic}: threshold ${c.threshold ?? 'none'}, flagged ÷ rest error ${fmt(c.errorRatio, 2)}, ${c.adoptable ? 'adoptable' : 'not adoptable'}`,
    );
  }
  console.log(
    `The rule written first (models/.cache/stop26-defocus-rule.md) chooses: ${chosen ? `${chosen.statistic} at ${chosen.threshold}` : 'no flag'}.`,
  );
  await writeSweepJson('defocus-sweep.json', {
    sigmasPx: DEFOCUS_SIGMAS_PX,
    tables,
    choices,
    chosen: chosen ?? null,
    readings,
  });
}

runSweep(main);
