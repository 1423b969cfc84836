// exp() for the per-pixel softmax: the blend loop calls it twice per pixel of every tile, and
// V8's Math.exp (a call into fdlibm) was most of that loop's time (~3 of ~5 ms per 512² tile,
// measured in Node). e^x = 2^(k/64) · e^g: a table of 2^(k/64) over the clamped range and a cubic
// Taylor term for the remainder g < ln2/64, within 6e-10 relative error. Stop 23 replaced a
// table of whole powers of two with a degree-5 polynomial (2e-7): the shorter polynomial chain
// made the blend loop faster (measured in Node, MODEL_CARD.md Speed), and it is more exact.

// The function reads LIMIT, not the export: V8 does not constant-fold an exported module binding
// (it lives in a module cell), and reading it cost a third of the function's time in Node.
const LIMIT = 80;
/** Arguments are clamped to ±EXP_LIMIT: far beyond where a softmax term stops mattering. */
export const EXP_LIMIT = LIMIT;

/** Table steps per power of two. */
const STEPS = 64;
const SCALE = Math.LOG2E * STEPS;
const REMAINDER = Math.LN2 / STEPS;
// Shifts t = x·SCALE to positive, so `| 0` is floor (and cheaper than Math.floor).
const OFFSET = Math.ceil(LIMIT * SCALE) + 1;
const POW2 = new Float64Array(2 * OFFSET + 1);
for (let k = -OFFSET; k <= OFFSET; k += 1) POW2[k + OFFSET] = 2 ** (k / STEPS);

/** e^x for x clamped to [−EXP_LIMIT, EXP_LIMIT]; relative error below 1e-9. */
export function fastExp(x: number): number {
  const t = (x < -LIMIT ? -LIMIT : x > LIMIT ? LIMIT : x) * SCALE + OFFSET;
  const k = t | 0;
  const g = (t - k) * REMAINDER;
  return POW2[k]! * (1 + g * (1 + g * (0.5 + g * (1 / 6))));
}
