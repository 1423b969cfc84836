// The eval's check of stated error bounds on held-out readings.
import { describe, expect, it } from 'vitest';
import { summariseBounds } from '../../scripts/node/errorBounds';

describe('summariseBounds', () => {
  it('counts readings within their bound, and the most undecided quarter apart', () => {
    const rows = [
      { errorPp: 1, boundPp: 2, uncertainPct: 1 },
      { errorPp: 3, boundPp: 2, uncertainPct: 2 },
      { errorPp: 2, boundPp: 2, uncertainPct: 3 },
      { errorPp: 9, boundPp: 6, uncertainPct: 30 },
      { errorPp: 1, boundPp: 8, uncertainPct: 20 },
    ];
    const s = summariseBounds(rows);
    expect(s.readings).toBe(5);
    expect(s.withinPct).toBe(60); // an error equal to its bound is within it
    expect(s.meanBoundPp).toBe(4);
    // A quarter of 5, rounded up: the two most undecided, one of them within.
    expect(s.mostUndecided).toBe(2);
    expect(s.mostUndecidedWithinPct).toBe(50);
  });

  it('reads no readings as none within', () => {
    expect(summariseBounds([])).toMatchObject({ readings: 0, withinPct: 0, mostUndecided: 0 });
  });
});
