// Stop 32's study of the out-of-focus flag on blurred photos that a phone then finished (grain,
// sharpening, JPEG; phoneFinish.ts): the readings, stop 26's flag's share per finish and blur,
// and the rule written before any figure (models/.cache/stop32-phone-defocus-rule.md) for the
// candidate statistics (photoFocus.ts read with other smoothing; round 2's s5n won and is the
// app's since).
import { scalpFocus, STOP26_FOCUS, type FocusReading } from '../../src/analysis/worker/photoFocus';
import type { Segmenter } from '../../src/analysis/worker/segmenter';
import { DEFOCUS_SIGMAS_PX, readDefocused, type DefocusReading } from './defocus';
import { PHONE_FINISHES } from './phoneFinish';
import { flagSide, type FlagSide } from './readingFlags';
import { CLOSE_UP_GROUP, type SweepSample } from './sweepSet';

export type FocusStatisticName = 'stop26' | 's3' | 's5' | 's5n' | 's9' | 's9n';

/** Round 1's candidates and round 2's (models/.cache/stop32-phone-defocus-rule.md). */
export const ROUNDS: readonly (readonly FocusStatisticName[])[] = [
  ['s3', 's5'],
  ['s5n', 's9', 's9n'],
];

/** How each statistic reads the luma (photoFocus.ts); s5n is the app's since stop 32. */
const READINGS: Record<FocusStatisticName, FocusReading> = {
  stop26: STOP26_FOCUS,
  s3: { smoothingTaps: 3, grainCorrected: false },
  s5: { smoothingTaps: 5, grainCorrected: false },
  s5n: { smoothingTaps: 5, grainCorrected: true },
  s9: { smoothingTaps: 9, grainCorrected: false },
  s9n: { smoothingTaps: 9, grainCorrected: true },
};

/** Stop 26's flag, the one the study asked about: edge sharpness on the raw luma ≤ 0.15. */
export const STOP26_EDGE_SHARPNESS = 0.15;

export type PhoneDefocusReading = Omit<DefocusReading, 'edgeSharpness' | 'blurScore'> &
  Record<FocusStatisticName, number | null>;

/** Every blur and finish of the sample through the app's path, each statistic read on it. */
export async function readPhoneDefocused(
  segmenter: Segmenter,
  sample: SweepSample,
): Promise<PhoneDefocusReading[]> {
  const out: PhoneDefocusReading[] = [];
  for (const finish of PHONE_FINISHES) {
    await readDefocused(segmenter, sample, {
      finish,
      onPhoto: (photo, probs, { edgeSharpness: _app, blurScore: _none, ...reading }) => {
        const values = Object.fromEntries(
          (Object.keys(READINGS) as FocusStatisticName[]).map((name) => [
            name,
            scalpFocus(photo, probs, READINGS[name])?.edgeSharpness ?? null,
          ]),
        ) as Record<FocusStatisticName, number | null>;
        out.push({ ...reading, ...values });
      },
    });
  }
  return out;
}

export const flaggedAt =
  (name: FocusStatisticName, threshold: number): ((r: PhoneDefocusReading) => boolean) =>
  (r) =>
    r[name] !== null && r[name]! <= threshold;

export const stop26Flag = flaggedAt('stop26', STOP26_EDGE_SHARPNESS);

const sharePct = (
  rows: readonly PhoneDefocusReading[],
  test: (r: PhoneDefocusReading) => boolean,
) => (rows.length ? (100 * rows.filter(test).length) / rows.length : 0);

/** Heavy blur: where stop 26 found the error running away. */
const isHeavy = (r: PhoneDefocusReading) => r.sigmaPx >= 3;
const PHONE = PHONE_FINISHES.filter((f) => f.noiseSigma > 0).map((f) => f.name);

/** Part A: per finish and blur, the flag's share and the readings' error. */
export function partA(readings: readonly PhoneDefocusReading[]) {
  return PHONE_FINISHES.flatMap((finish) =>
    DEFOCUS_SIGMAS_PX.map((sigmaPx) => {
      const rows = readings.filter((r) => r.finish === finish.name && r.sigmaPx === sigmaPx);
      return {
        finish: finish.name,
        sigmaPx,
        flaggedPct: sharePct(rows, stop26Flag),
        all: flagSide(rows),
        flagged: flagSide(rows.filter(stop26Flag)),
        rest: flagSide(rows.filter((r) => !stop26Flag(r))),
      };
    }),
  );
}

/** Pooled over σ 3–6: a flag's share of one finish's readings. */
export const heavyShare = (
  readings: readonly PhoneDefocusReading[],
  finish: string,
  flagged: (r: PhoneDefocusReading) => boolean,
) =>
  sharePct(
    readings.filter((r) => r.finish === finish && isHeavy(r)),
    flagged,
  );

/** The trigger: on a phone finish stop 26's flag catches under half its Gaussian share. */
export function triggered(readings: readonly PhoneDefocusReading[]): boolean {
  const gaussian = heavyShare(readings, 'gaussian', stop26Flag);
  return PHONE.some((f) => heavyShare(readings, f, stop26Flag) < gaussian / 2);
}

export const CANDIDATE_GRID = Array.from({ length: 24 }, (_, i) =>
  Number((0.04 + 0.02 * i).toFixed(2)),
);

export interface CandidateRow {
  threshold: number;
  /** The largest share of σ-0 readings flagged over the finishes, percent. */
  asTheyCameMaxPct: number;
  /** The largest share of close-ups at σ 1–2 flagged over the finishes, percent. */
  closeUpsMaxPct: number;
  flagged: FlagSide;
  rest: FlagSide;
  /** σ 3–6: share flagged per finish. */
  heavyPct: Record<string, number>;
}

export function candidateTable(
  readings: readonly PhoneDefocusReading[],
  name: FocusStatisticName,
  grid: readonly number[] = CANDIDATE_GRID,
): CandidateRow[] {
  const blurred = readings.filter((r) => r.sigmaPx > 0);
  return grid.map((threshold) => {
    const flagged = flaggedAt(name, threshold);
    const perFinish = (test: (r: PhoneDefocusReading) => boolean) =>
      Math.max(
        ...PHONE_FINISHES.map((f) =>
          sharePct(
            readings.filter((r) => r.finish === f.name && test(r)),
            flagged,
          ),
        ),
      );
    return {
      threshold,
      asTheyCameMaxPct: perFinish((r) => r.sigmaPx === 0),
      closeUpsMaxPct: perFinish(
        (r) => r.group === CLOSE_UP_GROUP && (r.sigmaPx === 1 || r.sigmaPx === 2),
      ),
      flagged: flagSide(blurred.filter(flagged)),
      rest: flagSide(blurred.filter((r) => !flagged(r))),
      heavyPct: Object.fromEntries(
        PHONE_FINISHES.map((f) => [f.name, heavyShare(readings, f.name, flagged)]),
      ),
    };
  });
}

export interface CandidateChoice {
  statistic: FocusStatisticName;
  threshold: number | undefined;
  errorRatio: number | null;
  /** Criteria (a)–(d) of the rule. */
  criteria: { a: boolean; b: boolean; c: boolean; d: boolean };
  adoptable: boolean;
}

/** The rule: per candidate the most aggressive threshold within the caps, then (a)–(d). */
export function chooseCandidate(
  readings: readonly PhoneDefocusReading[],
  candidates: readonly FocusStatisticName[] = ROUNDS[0]!,
  grid: readonly number[] = CANDIDATE_GRID,
): { choices: CandidateChoice[]; chosen: CandidateChoice | undefined } {
  const heavy = readings.filter(isHeavy);
  const stop26Heavy = heavy.filter(stop26Flag).length;
  const choices = candidates.map((statistic): CandidateChoice => {
    const row = candidateTable(readings, statistic, grid)
      .filter((r) => r.asTheyCameMaxPct <= 5 && r.closeUpsMaxPct <= 10)
      .at(-1);
    if (!row) {
      const no = { a: false, b: false, c: false, d: false };
      return { statistic, threshold: undefined, errorRatio: null, criteria: no, adoptable: false };
    }
    const { flagged, rest } = row;
    const errorRatio =
      flagged.meanErrorPp !== null && rest.meanErrorPp
        ? flagged.meanErrorPp / rest.meanErrorPp
        : null;
    const gaussian = row.heavyPct.gaussian ?? 0;
    const criteria = {
      a: errorRatio !== null && errorRatio >= 1.5,
      b:
        flagged.withinPct !== null &&
        rest.withinPct !== null &&
        flagged.withinPct <= rest.withinPct - 10,
      c: PHONE.every((f) => (row.heavyPct[f] ?? 0) >= (2 / 3) * gaussian),
      d: heavy.filter(flaggedAt(statistic, row.threshold)).length > stop26Heavy,
    };
    const adoptable = criteria.a && criteria.b && criteria.c && criteria.d;
    return { statistic, threshold: row.threshold, errorRatio, criteria, adoptable };
  });
  const chosen = choices
    .filter((c) => c.adoptable)
    .sort((x, y) => (y.errorRatio ?? 0) - (x.errorRatio ?? 0))[0];
  return { choices, chosen };
}
