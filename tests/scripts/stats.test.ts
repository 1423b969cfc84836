// The eval's and the sweeps' statistics: nearest-rank and numpy-style percentiles.
import { describe, expect, it } from 'vitest';
import { mean, percentile, percentileLinear } from '../../scripts/node/stats';

describe('script statistics', () => {
  const v = [7, 1, 3, 9, 5, 2, 8, 4, 6, 10];

  it('takes the nearest-rank percentile from the data', () => {
    expect(percentile(v, 0.9)).toBe(9);
    expect(percentile(v, 0.5)).toBe(5);
    expect(percentile(v, 1)).toBe(10);
    expect(percentile([], 0.9)).toBeNaN();
  });

  it('interpolates like numpy for the model card block', () => {
    // numpy.percentile(range(1, 11), 90) == 9.1
    expect(percentileLinear(v, 0.9)).toBeCloseTo(9.1, 12);
    expect(percentileLinear([4], 0.9)).toBe(4);
    expect(percentileLinear([], 0.5)).toBeNaN();
  });

  it('averages, and gives 0 for no values', () => {
    expect(mean(v)).toBe(5.5);
    expect(mean([])).toBe(0);
  });
});
