// Whether the blown-out flag (src/analysis/worker/readingQuality.ts) picks out the readings to
// doubt, on held-out sets: the flagged readings' error and how often the stated error held for
// them, beside the same for the readings it let pass. A flag worth having finds readings that err
// far more than the rest and for which the stated error fails, and finds few on photos as the
// generator made them.
import { BLOWN_OUT_FLAG_PCT, typicalErrorPp } from '../../src/analysis/worker/readingQuality';
import type { ModelQuality } from '../../src/analysis/worker/modelMeta';
import type { ImageScores } from './evalMetrics';
import { mean } from './stats';

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

function side(scores: readonly ImageScores[], quality: ModelQuality): FlagSide {
  if (scores.length === 0) return { readings: 0, meanErrorPp: null, withinPct: null };
  const errors = scores.map((s) => Math.abs(s.measuredCoveragePct - s.trueCoveragePct));
  const within = scores.filter((s, i) => errors[i]! <= typicalErrorPp(quality, s.uncertainPct));
  return {
    readings: scores.length,
    meanErrorPp: mean(errors),
    withinPct: (100 * within.length) / scores.length,
  };
}

export const isFlagged = (s: ImageScores): boolean =>
  s.blownOutPct !== undefined && s.blownOutPct >= BLOWN_OUT_FLAG_PCT;

export function summariseFlag(scores: readonly ImageScores[], quality: ModelQuality): FlagSummary {
  return {
    readings: scores.length,
    flagged: side(scores.filter(isFlagged), quality),
    passed: side(
      scores.filter((s) => !isFlagged(s)),
      quality,
    ),
  };
}
