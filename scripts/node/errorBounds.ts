// Whether the error the app states beside a reading holds on data it was not fitted on: the
// share of held-out readings (or changes between two) whose real error is within the stated
// bound. The bounds claim 9 in 10 on validation, so about 90 % is honest; far below is
// over-confident, near 100 % with a wide bound says little. The most undecided quarter is shown
// apart: that is where a single figure for every photo would understate the error.
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { typicalErrorPp } from '../../src/analysis/worker/readingQuality';
import { segmenterCoverage, type Segmenter } from '../../src/analysis/worker/segmenter';
import { mean } from './stats';

export interface BoundedReading {
  /** |measured − true|, percentage points. */
  errorPp: number;
  /** What the app states, percentage points. */
  boundPp: number;
  uncertainPct: number;
}

/** A reading of a labelled photo, scored: what it read beside its error and stated bound. */
export interface ScoredReading extends BoundedReading {
  readPct: number;
}

/**
 * Scores `segmenter`'s reading `probs` against the true coverage: its error, and the error the
 * app states beside it from its undecided share alone (without the reading flags: the flag sweeps
 * and tables ask where that statement stops holding).
 */
export function scoreReading(
  segmenter: Segmenter,
  probs: ClassProbabilities,
  truthPct: number,
): ScoredReading {
  const { hairCoveragePct, uncertainPct } = segmenterCoverage(segmenter, probs);
  return {
    readPct: hairCoveragePct,
    errorPp: Math.abs(hairCoveragePct - truthPct),
    boundPp: segmenter.quality ? typicalErrorPp(segmenter.quality, uncertainPct) : Number.NaN,
    uncertainPct,
  };
}

export interface BoundSummary {
  readings: number;
  /** Mean |measured − true|, percentage points. */
  meanErrorPp: number;
  withinPct: number;
  meanBoundPp: number;
  /** Readings in the most undecided quarter (at least one) and the share of them within. */
  mostUndecided: number;
  mostUndecidedWithinPct: number;
}

const withinPct = (rows: readonly BoundedReading[]) =>
  rows.length ? (100 * rows.filter((r) => r.errorPp <= r.boundPp).length) / rows.length : 0;

export function summariseBounds(rows: readonly BoundedReading[]): BoundSummary {
  const top = [...rows]
    .sort((a, b) => b.uncertainPct - a.uncertainPct)
    .slice(0, Math.ceil(rows.length / 4));
  return {
    readings: rows.length,
    meanErrorPp: mean(rows.map((r) => r.errorPp)),
    withinPct: withinPct(rows),
    meanBoundPp: mean(rows.map((r) => r.boundPp)),
    mostUndecided: top.length,
    mostUndecidedWithinPct: withinPct(top),
  };
}
