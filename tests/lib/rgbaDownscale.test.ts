import { describe, expect, it } from 'vitest';
import { downscaleRgba } from '../../src/lib/rgbaDownscale';

function solid(widthPx: number, heightPx: number, rgba: [number, number, number, number]) {
  const data = new Uint8ClampedArray(widthPx * heightPx * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, widthPx, heightPx };
}

describe('downscaleRgba', () => {
  it('keeps a flat colour flat', () => {
    const out = downscaleRgba(solid(7, 5, [10, 20, 30, 255]), 3, 2);
    expect(out.widthPx).toBe(3);
    for (let i = 0; i < out.data.length; i += 4)
      expect([...out.data.subarray(i, i + 4)]).toEqual([10, 20, 30, 255]);
  });

  it('averages areas, so a 1-px line fades instead of vanishing', () => {
    const src = solid(4, 4, [0, 0, 0, 255]);
    for (let y = 0; y < 4; y++) src.data.set([255, 255, 255, 255], (y * 4 + 1) * 4); // column x=1
    const out = downscaleRgba(src, 2, 2);
    expect(out.data[0]).toBe(128); // left half: one of two columns white
    expect(out.data[4]).toBe(0);
  });

  it('handles non-integer ratios with exact weights', () => {
    const src = solid(3, 1, [0, 0, 0, 255]);
    src.data.set([255, 255, 255, 255], 0);
    const out = downscaleRgba(src, 2, 1);
    // Output pixel 0 covers source x ∈ [0, 1.5): 1 white + 0.5 black → 2/3 white.
    expect(out.data[0]).toBe(170);
  });

  it('refuses to upscale', () => {
    expect(() => downscaleRgba(solid(2, 2, [0, 0, 0, 0]), 3, 2)).toThrow(RangeError);
  });
});
