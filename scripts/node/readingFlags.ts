// Whether a reading flag (src/analysis/worker/readingQuality.ts: blown-out, out of focus) picks
// out the readings to doubt, on held-out sets: the flagged readings' error and how often the
// stated error held for them, beside the same for the readings it let pass. A flag worth having finds readings that err
// far more than the rest and for which the stated error fails, and finds few on photos as the
// generator made them.
import {
  isBlownOutShare,
  isOutOfFocusSharpness,
  typicalErrorPp,
} from '../../src/analysis/worker/readingQuality';
import type { ModelQuality } from '../../src/analysis/worker/modelMeta';
import { summariseBounds, type BoundedReading } from './errorBounds';
import type { ImageScores } from './evalMetrics';

export interface FlagSide {
  readings: number;
  /** Mean |measured − true| coverage, pp; null without readings. */
  meanErrorPp: number | null;
  /** Share within the stated error of a reading, percent; null without readings. */
  withinPct: number | null;
}

export interface FlagSummary {
  readings: number;
  flagged: FlagSide;
  passed: FlagSide;
}

/** The table cells of one side of a flag in the sweeps: readings, mean error pp, within %. */
export const FLAG_SIDE_HEADINGS = ['error pp', 'within %'] as const;
export function flagSideCells(side: FlagSide): string[] {
  const fixed = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));
  return [String(side.readings), fixed(side.meanErrorPp, 2), fixed(side.withinPct, 0)];
}

/** One side of the flag: its readings' mean error and share within their stated error. */
export function flagSide(rows: readonly BoundedReading[]): FlagSide {
  if (rows.length === 0) return { readings: 0, meanErrorPp: null, withinPct: null };
  const { readings, meanErrorPp, withinPct } = summariseBounds(rows);
  return { readings, meanErrorPp, withinPct };
}

const bounded = (s: ImageScores, quality: ModelQuality): BoundedReading => ({
  errorPp: Math.abs(s.measuredCoveragePct - s.trueCoveragePct),
  boundPp: typicalErrorPp(quality, s.uncertainPct),
  uncertainPct: s.uncertainPct,
});

export const isBlownOut = (s: ImageScores): boolean =>
  s.blownOutPct !== undefined && isBlownOutShare(s.blownOutPct);

/** The out-of-focus flag (photoFocus.ts) on a scored reading, for the same table. */
export const isOutOfFocus = (s: ImageScores): boolean =>
  s.edgeSharpness !== undefined && isOutOfFocusSharpness(s.edgeSharpness);

/** `flagged` says which readings the flag picks: the blown-out flag unless told. */
export function summariseFlag(
  scores: readonly ImageScores[],
  quality: ModelQuality,
  flagged: (s: ImageScores) => boolean = isBlownOut,
): FlagSummary {
  return {
    readings: scores.length,
    flagged: flagSide(scores.filter(flagged).map((s) => bounded(s, quality))),
    passed: flagSide(scores.filter((s) => !flagged(s)).map((s) => bounded(s, quality))),
  };
}
