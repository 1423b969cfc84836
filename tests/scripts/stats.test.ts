// The eval's and the sweeps' statistics: nearest-rank and numpy-style percentiles.
import { describe, expect, it } from 'vitest';
import {
  mean,
  percentile,
  percentileLinear,
  pinballLoss,
  quantileLine,
} from '../../scripts/node/stats';

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

  it('scores a bound by the pinball loss: misses cost tau, slack 1 - tau', () => {
    expect(pinballLoss([10, 0], [0, 0], 0.9)).toBeCloseTo(4.5, 12);
    expect(pinballLoss([0], [10], 0.9)).toBeCloseTo(1, 12);
  });

  it('fits the quantile line exactly, with no smaller loss nearby', () => {
    // Errors that grow with x around 1 + 0.5·x, with a deterministic spread.
    const x = Array.from({ length: 60 }, (_, i) => i / 2);
    const y = x.map((v, i) => (1 + 0.5 * v) * (0.2 + ((i * 37) % 60) / 50));
    const fit = quantileLine(x, y, 0.9);
    expect(fit.slope).toBeGreaterThan(0.3);
    const lossAt = (a: number, b: number) =>
      pinballLoss(
        y,
        x.map((v) => a + b * v),
        0.9,
      );
    expect(fit.loss).toBeCloseTo(lossAt(fit.intercept, fit.slope), 12);
    const steps: [number, number][] = [
      [0.05, 0],
      [-0.05, 0],
      [0, 0.01],
      [0, -0.01],
      [0.1, -0.01],
    ];
    for (const [da, db] of steps)
      if (fit.intercept + da >= 0)
        expect(lossAt(fit.intercept + da, fit.slope + db)).toBeGreaterThanOrEqual(fit.loss);
    const below = y.filter((v, i) => v <= fit.intercept + fit.slope * x[i]!).length;
    expect(below / y.length).toBeGreaterThanOrEqual(0.88);
  });

  it('keeps the line non-negative where the data slope down', () => {
    const fit = quantileLine([0, 1, 2, 3], [9, 6, 3, 0], 0.9);
    expect(fit.slope).toBe(0);
    expect(fit.intercept).toBeGreaterThanOrEqual(0);
    expect(() => quantileLine([], [], 0.9)).toThrow(/paired/);
  });
});
