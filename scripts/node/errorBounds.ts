// Whether the error the app states beside a reading holds on data it was not fitted on: the
// share of held-out readings (or changes between two) whose real error is within the stated
// bound. The bounds claim 9 in 10 on validation, so about 90 % is honest; far below is
// over-confident, near 100 % with a wide bound says little. The most undecided quarter is shown
// apart: that is where a single figure for every photo would understate the error.
import { mean } from './stats';

export interface BoundedReading {
  /** |measured − true|, percentage points. */
  errorPp: number;
  /** What the app states, percentage points. */
  boundPp: number;
  uncertainPct: number;
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
