import { describe, expect, it } from 'vitest';
import { impliedHairLengthDiagonals } from '../../scripts/node/closeUpGuess';

/** A hair plane with `n` horizontal shafts `width` px wide and `length` px long. */
function strips(w: number, h: number, n: number, width: number, length: number) {
  const hair = new Float32Array(w * h);
  for (let i = 0; i < n; i += 1) {
    const top = 10 + i * (width + 10);
    for (let y = top; y < top + width; y += 1) hair.fill(1, y * w + 10, y * w + 10 + length);
  }
  return { widthPx: w, heightPx: h, hair };
}

describe('segment close-up guess', () => {
  it('reads the mean shaft length the count implies, in frame diagonals', () => {
    const probs = strips(400, 300, 5, 12, 250);
    const length = impliedHairLengthDiagonals(probs, { hairs: 5, shaftWidthPx: 12 });
    expect(length).toBeCloseTo(250 / 500, 6);
    // Counting the same hair as fewer hairs makes each one longer.
    expect(impliedHairLengthDiagonals(probs, { hairs: 1, shaftWidthPx: 12 })).toBeCloseTo(2.5, 6);
  });

  it('has no length without a count or a width', () => {
    const probs = strips(100, 100, 1, 12, 50);
    expect(
      impliedHairLengthDiagonals(probs, { hairs: undefined, shaftWidthPx: 12 }),
    ).toBeUndefined();
    expect(impliedHairLengthDiagonals(probs, { hairs: 0, shaftWidthPx: 12 })).toBeUndefined();
    expect(impliedHairLengthDiagonals(probs, { hairs: 3 })).toBeUndefined();
  });
});
