// exp() for the per-pixel softmax: the blend loop calls it twice per pixel of every tile, and
// V8's Math.exp (a call into fdlibm) was most of that loop's time (~3 of ~5 ms per 512² tile,
// measured in Node). 2^x split into a table of powers of two and a degree-5 polynomial for the
// fraction is within 2e-7 relative error — below float32 resolution, which is what the
// probabilities are stored in.

// The function reads LIMIT, not the export: V8 does not constant-fold an exported module binding
// (it lives in a module cell), and reading it cost a third of the function's time in Node.
const LIMIT = 80;
/** Arguments are clamped to ±EXP_LIMIT: far beyond where a softmax term stops mattering. */
export const EXP_LIMIT = LIMIT;

const POW2_OFFSET = 128;
const POW2 = new Float64Array(2 * POW2_OFFSET + 1);
for (let k = -POW2_OFFSET; k <= POW2_OFFSET; k += 1) POW2[k + POW2_OFFSET] = 2 ** k;

// Least-squares fit of 2^f on [0, 1) minimising relative error (numpy, 20,001 points).
const C0 = 0.9999998342756812;
const C1 = 0.69315473797511;
const C2 = 0.2401464950445994;
const C3 = 0.055835965428496004;
const C4 = 0.008987259186681917;
const C5 = 0.001875376571861126;

/** e^x for x clamped to [−EXP_LIMIT, EXP_LIMIT]; relative error below 2e-7. */
export function fastExp(x: number): number {
  // Shifted by POW2_OFFSET, t is positive, so `| 0` is floor (and cheaper than Math.floor).
  const t = (x < -LIMIT ? -LIMIT : x > LIMIT ? LIMIT : x) * Math.LOG2E + POW2_OFFSET;
  const k = t | 0;
  const f = t - k;
  return POW2[k]! * (C0 + f * (C1 + f * (C2 + f * (C3 + f * (C4 + f * C5)))));
}
