import { describe, expect, it } from 'vitest';
import { isBlownOut, summariseFlag } from '../../scripts/node/readingFlags';
import type { ImageScores } from '../../scripts/node/evalMetrics';
import { BLOWN_OUT_FLAG_PCT } from '../../src/analysis/worker/readingQuality';

const score = (errorPp: number, blownOutPct?: number): ImageScores => ({
  hairIntersection: 0,
  hairUnion: 0,
  skinIntersection: 0,
  skinUnion: 0,
  trueCoveragePct: 40,
  measuredCoveragePct: 40 + errorPp,
  uncertainPct: 2,
  ...(blownOutPct !== undefined ? { blownOutPct } : {}),
});

describe('blown-out flag summary', () => {
  it('splits readings at the flag and scores each side against the stated error', () => {
    // Stated error from the single figure: 5 pp for every reading.
    const quality = { coverageErrorP90Pp: 5, uncertainPctWarn: 20, measuredOn: 'validation' };
    const scores = [
      score(1),
      score(-3, BLOWN_OUT_FLAG_PCT - 1),
      score(12, BLOWN_OUT_FLAG_PCT),
      score(-4, 80),
    ];
    expect(scores.map(isBlownOut)).toEqual([false, false, true, true]);
    const s = summariseFlag(scores, quality);
    expect(s.readings).toBe(4);
    expect(s.flagged).toEqual({ readings: 2, meanErrorPp: 8, withinPct: 50 });
    expect(s.passed).toEqual({ readings: 2, meanErrorPp: 2, withinPct: 100 });
    expect(summariseFlag([score(1)], quality).flagged).toEqual({
      readings: 0,
      meanErrorPp: null,
      withinPct: null,
    });
  });
});
