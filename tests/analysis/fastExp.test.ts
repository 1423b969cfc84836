// The blend loop's exp(): well beyond float32 accuracy over the clamped range, clamped outside it.
import { describe, expect, it } from 'vitest';
import { EXP_LIMIT, fastExp } from '../../src/analysis/worker/fastExp';

describe('fastExp', () => {
  it('is within 1e-9 relative error of Math.exp on [−EXP_LIMIT, EXP_LIMIT]', () => {
    let worst = 0;
    for (let x = -EXP_LIMIT; x <= EXP_LIMIT; x += 0.0037) {
      worst = Math.max(worst, Math.abs(fastExp(x) / Math.exp(x) - 1));
    }
    expect(worst).toBeLessThan(1e-9);
    expect(fastExp(0)).toBeCloseTo(1, 6);
    expect(fastExp(1)).toBeCloseTo(Math.E, 6);
  });

  it('clamps beyond the limit instead of overflowing to Infinity or 0', () => {
    expect(fastExp(1e6)).toBeCloseTo(fastExp(EXP_LIMIT), 0);
    expect(Number.isFinite(fastExp(1e6))).toBe(true);
    expect(fastExp(-1e6)).toBeGreaterThan(0);
    expect(fastExp(-1e6)).toBe(fastExp(-EXP_LIMIT));
  });
});
