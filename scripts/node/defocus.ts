// Photos of one labelled image blurred as an out-of-focus camera would, for the out-of-focus flag:
// its sweep on validation (scripts/defocusSweep.ts) and its held-out table in `npm run eval`.
// The label stays as it is: the hair did not change, only the photo of it. Since stop 32 a photo
// may also be finished as a phone would after the lens (grain, sharpening, JPEG: phoneFinish.ts).
// Each reading carries the edge sharpness (photoFocus.ts, the app's reading unless told) and, where
// asked, the texture blur score that stop 26 measured first and dropped (blurScore.ts).
import sharp from 'sharp';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { APP_FOCUS, scalpFocus, type FocusReading } from '../../src/analysis/worker/photoFocus';
import type { Segmenter } from '../../src/analysis/worker/segmenter';
import { scalpBlurScore } from './blurScore';
import { flagSide, type FlagSide } from './readingFlags';
import { scoreReading, type ScoredReading } from './errorBounds';
import { labelTruthPct } from './labelFile';
import { finishSeed, PHONE_FINISHES, phoneFinished, type PhoneFinish } from './phoneFinish';
import { rawRgb } from './rawRgb';
import { CLOSE_UP_GROUP, labelPathOf, type SweepSample } from './sweepSet';

/** Gaussian blur σ, px at the photo's own scale; 0 is the photo as it came. */
export const DEFOCUS_SIGMAS_PX = [0, 1, 2, 3, 4.5, 6] as const;

export interface DefocusReading extends ScoredReading {
  group: string;
  id: string;
  sigmaPx: number;
  /** What was done after the blur (phoneFinish.ts); 'gaussian' is nothing. */
  finish: string;
  truthPct: number;
  /** photoFocus.ts, read as asked (the app's reading unless told); null without enough scalp. */
  edgeSharpness: number | null;
  /** blurScore.ts (the dropped statistic); null without scalp pairs, or when not asked. */
  blurScore: number | null;
}

export interface DefocusOptions {
  /** The dropped statistic is only worth its time where the two are compared (stop 26's sweep). */
  withBlurScore?: boolean;
  /** How edge sharpness is read: the app's unless told (stop 26's sweep reads STOP26_FOCUS). */
  focus?: FocusReading;
  finish?: PhoneFinish;
  /** Every photo as blurred and finished, with its reading, for statistics read beside these. */
  onPhoto?: (photo: PixelImage, probs: ClassProbabilities, reading: DefocusReading) => void;
}

/** The sample read at every σ through `segmenter`, the app's path. */
export async function readDefocused(
  segmenter: Segmenter,
  sample: SweepSample,
  options: DefocusOptions = {},
): Promise<DefocusReading[]> {
  const { withBlurScore = false, focus = APP_FOCUS, finish = PHONE_FINISHES[0]! } = options;
  const truthPct = await labelTruthPct(labelPathOf(sample.path));
  const out: DefocusReading[] = [];
  for (const sigmaPx of DEFOCUS_SIGMAS_PX) {
    const blurred = await rawRgb(
      sigmaPx > 0 ? sharp(sample.path).blur(sigmaPx) : sharp(sample.path),
    );
    const photo = await phoneFinished(blurred, finish, finishSeed(sample, sigmaPx, finish));
    const probs = await segmenter.segment(photo);
    const reading: DefocusReading = {
      group: sample.group,
      id: sample.id,
      sigmaPx,
      finish: finish.name,
      truthPct,
      ...scoreReading(segmenter, probs, truthPct),
      // The app's reading is on the reading already; another is read again here.
      edgeSharpness:
        (focus === APP_FOCUS ? probs.focus : scalpFocus(photo, probs, focus))?.edgeSharpness ??
        null,
      blurScore: withBlurScore ? (scalpBlurScore(photo, probs) ?? null) : null,
    };
    options.onPhoto?.(photo, probs, reading);
    out.push(reading);
  }
  return out;
}

/** A statistic the flag may use, and which side of a threshold is flagged. */
export interface FocusStatistic {
  name: 'edgeSharpness' | 'blurScore';
  /** 'below': flagged at or below the threshold (sharpness); 'above': at or above (blur). */
  flags: 'below' | 'above';
  grid: readonly number[];
}

const gridFrom = (from: number, to: number) =>
  Array.from({ length: Math.round((to - from) / 0.05) + 1 }, (_, i) =>
    Number((from + 0.05 * i).toFixed(2)),
  );

export const FOCUS_STATISTICS: readonly FocusStatistic[] = [
  { name: 'blurScore', flags: 'above', grid: gridFrom(0.3, 0.9) },
  { name: 'edgeSharpness', flags: 'below', grid: gridFrom(0.1, 0.7) },
];

export function isFlaggedBy(
  statistic: FocusStatistic,
  threshold: number,
  reading: DefocusReading,
): boolean {
  const value = reading[statistic.name];
  if (value === null) return false;
  return statistic.flags === 'below' ? value <= threshold : value >= threshold;
}

export interface ThresholdRow {
  threshold: number;
  /** Share of the photos as they came (σ 0) flagged, percent. */
  asTheyCamePct: number;
  /** Share of close-ups (the dermoscopy group) at σ 1 and 2 flagged, percent. */
  sharpCloseUpsPct: number;
  /** Pooled over σ > 0. */
  flagged: FlagSide;
  rest: FlagSide;
}

export const sharePct = (
  rows: readonly DefocusReading[],
  test: (r: DefocusReading) => boolean,
): number => (rows.length ? (100 * rows.filter(test).length) / rows.length : 0);

/** A close-up (the dermoscopy group) blurred by σ 1 or 2 px: it still reads well (the rule's cap). */
export const isMildlyBlurredCloseUp = (r: DefocusReading): boolean =>
  r.group === CLOSE_UP_GROUP && (r.sigmaPx === 1 || r.sigmaPx === 2);

export function thresholdTable(
  readings: readonly DefocusReading[],
  statistic: FocusStatistic,
): ThresholdRow[] {
  const asTheyCame = readings.filter((r) => r.sigmaPx === 0);
  const closeUps = readings.filter(isMildlyBlurredCloseUp);
  const blurred = readings.filter((r) => r.sigmaPx > 0);
  return statistic.grid.map((threshold) => {
    const flagged = (r: DefocusReading) => isFlaggedBy(statistic, threshold, r);
    return {
      threshold,
      asTheyCamePct: sharePct(asTheyCame, flagged),
      sharpCloseUpsPct: sharePct(closeUps, flagged),
      flagged: flagSide(blurred.filter(flagged)),
      rest: flagSide(blurred.filter((r) => !flagged(r))),
    };
  });
}

export interface FocusChoice {
  statistic: FocusStatistic['name'];
  threshold: number | undefined;
  adoptable: boolean;
  /** Flagged mean error over the rest's, at the threshold. */
  errorRatio: number | null;
}

/**
 * The rule written before the sweep and its amendment (models/.cache/stop26-defocus-rule.md,
 * MODEL_CARD.md, Out-of-focus flag): per statistic, the most aggressive threshold that flags at
 * most 5 % of the photos as they came and at most 10 % of the close-ups at σ 1–2; adoptable when
 * the flagged readings of blurred photos err at least 1.5× the rest and are within the stated
 * error at least 10 points less often. Of adoptable statistics the largest error ratio wins.
 */
export function chooseFocusFlag(
  readings: readonly DefocusReading[],
  statistics: readonly FocusStatistic[] = FOCUS_STATISTICS,
): { choices: FocusChoice[]; chosen: FocusChoice | undefined } {
  const choices = statistics.map((statistic): FocusChoice => {
    const allowed = thresholdTable(readings, statistic).filter(
      (row) => row.asTheyCamePct <= 5 && row.sharpCloseUpsPct <= 10,
    );
    // Most aggressive: the largest sharpness cut, or the smallest blur cut.
    const row = statistic.flags === 'below' ? allowed.at(-1) : allowed[0];
    if (!row)
      return {
        statistic: statistic.name,
        threshold: undefined,
        adoptable: false,
        errorRatio: null,
      };
    const { flagged, rest } = row;
    const errorRatio =
      flagged.meanErrorPp !== null && rest.meanErrorPp !== null && rest.meanErrorPp > 0
        ? flagged.meanErrorPp / rest.meanErrorPp
        : null;
    const adoptable =
      errorRatio !== null &&
      errorRatio >= 1.5 &&
      flagged.withinPct !== null &&
      rest.withinPct !== null &&
      flagged.withinPct <= rest.withinPct - 10;
    return { statistic: statistic.name, threshold: row.threshold, adoptable, errorRatio };
  });
  const chosen = choices
    .filter((c) => c.adoptable)
    .sort((a, b) => (b.errorRatio ?? 0) - (a.errorRatio ?? 0))[0];
  return { choices, chosen };
}
