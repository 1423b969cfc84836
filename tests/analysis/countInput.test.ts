import { describe, expect, it } from 'vitest';
import { COUNT_INPUT_SHAFT_WIDTH_PX, countInput } from '../../src/analysis/worker/countInput';
import { shaftMaskStats, widthFromStats } from '../../src/analysis/worker/shaftScale';
import { hairPlanes } from './hairPlanes';

const shaft = (x: number, widthPx: number, h: number) => ({
  points: [
    [x, 0],
    [x + 20, h],
  ] as [number, number][],
  widthPx,
});

describe('countInput', () => {
  it('shrinks the planes so a typical shaft is the counter input width', () => {
    const probs = hairPlanes(600, 600, [shaft(100, 24, 600), shaft(400, 24, 600)]);
    const input = countInput(probs, 4);
    if (!('hair' in input)) throw new Error(`no input: ${JSON.stringify(input)}`);
    expect(input.shaftWidthPx).toBeGreaterThan(20);
    expect(input.widthPx).toBe(Math.round(600 * input.scale));
    const width = widthFromStats(shaftMaskStats(input.hair, input.widthPx, input.heightPx));
    expect(width).toBeGreaterThan(COUNT_INPUT_SHAFT_WIDTH_PX * 0.8);
    expect(width).toBeLessThan(COUNT_INPUT_SHAFT_WIDTH_PX * 1.25);
    // Area shrink keeps the soft sums: the hair share of the frame is the same.
    const share = (p: Float32Array) => p.reduce((a, b) => a + b, 0) / p.length;
    expect(share(input.hair)).toBeCloseTo(share(probs.hair), 3);
  });

  it('never enlarges, and says why there is no input', () => {
    const narrow = countInput(hairPlanes(200, 200, [shaft(50, 3, 200)]), 2);
    expect('hair' in narrow && narrow.scale).toBe(1);
    expect(countInput(hairPlanes(200, 200, [shaft(50, 2, 200)]), 4)).toMatchObject({
      reason: 'too-thin',
    });
    expect(countInput(hairPlanes(64, 64, []), 4)).toEqual({ empty: true });
  });
});
