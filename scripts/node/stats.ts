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
