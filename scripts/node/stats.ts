// The summary statistics the eval and the sweeps report, defined once: two percentile rules
// exist on purpose (see each), and every script names the one it uses.

export const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);

/** Nearest-rank percentile: a value that occurs in the data (NaN for none). */
export function percentile(v: readonly number[], q: number): number {
  const sorted = [...v].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Linear-interpolation percentile, numpy's default: the model card's quality block was first
 * written that way (export.py), so `npm run calibrate` keeps it.
 */
export function percentileLinear(v: readonly number[], q: number): number {
  const sorted = [...v].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Mean pinball (quantile) loss of `bound` as the `tau` quantile of `y`. */
export function pinballLoss(y: readonly number[], bound: readonly number[], tau: number): number {
  let loss = 0;
  y.forEach((v, i) => {
    const d = v - (bound[i] ?? 0);
    loss += d >= 0 ? tau * d : (tau - 1) * d;
  });
  return loss / Math.max(1, y.length);
}

/**
 * The line a + b·x (a, b ≥ 0) that is the `tau` quantile of y given x: linear quantile
 * regression, solved exactly. Its loss is a linear programme whose optimum lies on a vertex, and
 * every vertex is a line through two data points, or through one with a = 0 or b = 0, or a = b =
 * 0; all are tried (O(n³): a few hundred calibration readings take well under a second).
 * Non-negative because it bounds an error that grows with x; the first of equal losses wins, so
 * the result is deterministic.
 */
export function quantileLine(
  x: readonly number[],
  y: readonly number[],
  tau: number,
): { intercept: number; slope: number; loss: number } {
  if (x.length !== y.length || x.length === 0) throw new Error('quantileLine needs paired data');
  const candidates: [number, number][] = [[0, 0]];
  for (let i = 0; i < x.length; i += 1) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (yi >= 0) candidates.push([yi, 0]);
    if (xi > 0 && yi >= 0) candidates.push([0, yi / xi]);
    for (let j = i + 1; j < x.length; j += 1) {
      const dx = x[j]! - xi;
      if (dx === 0) continue;
      const slope = (y[j]! - yi) / dx;
      const intercept = yi - slope * xi;
      if (slope >= 0 && intercept >= 0) candidates.push([intercept, slope]);
    }
  }
  let best = { intercept: 0, slope: 0, loss: Number.POSITIVE_INFINITY };
  const bound = new Array<number>(x.length);
  for (const [intercept, slope] of candidates) {
    for (let k = 0; k < x.length; k += 1) bound[k] = intercept + slope * x[k]!;
    const loss = pinballLoss(y, bound, tau);
    if (loss < best.loss) best = { intercept, slope, loss };
  }
  return best;
}
