import { describe, expect, it } from 'vitest';
import { upscaleCubic } from '../../src/lib/cubicUpscale';

const rgb = (w: number, h: number, f: (x: number, y: number) => number) => {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) data.fill(f(x, y), 3 * (y * w + x), 3 * (y * w + x) + 3);
  }
  return { widthPx: w, heightPx: h, channels: 3 as const, data };
};

describe('upscaleCubic', () => {
  it('keeps a flat image flat and leaves a same-size image unchanged', () => {
    const flat = upscaleCubic(
      rgb(5, 4, () => 77),
      13,
      9,
    );
    expect([flat.widthPx, flat.heightPx, flat.channels]).toEqual([13, 9, 3]);
    expect(flat.data.every((v) => v === 77)).toBe(true);
    const src = rgb(6, 5, (x, y) => (x * 41 + y * 17) % 256);
    expect(Array.from(upscaleCubic(src, 6, 5).data)).toEqual(Array.from(src.data));
  });

  it('reproduces a linear ramp away from the edges (Catmull-Rom is exact on lines)', () => {
    const src = rgb(16, 3, (x) => 10 + 12 * x);
    const up = upscaleCubic(src, 40, 3);
    for (let x = 6; x < 34; x += 1) {
      // Output centre x + 0.5 sits at source (x + 0.5)·16/40 − 0.5.
      const expected = 10 + 12 * (((x + 0.5) * 16) / 40 - 0.5);
      expect(Math.abs(up.data[3 * (40 + x)]! - expected)).toBeLessThanOrEqual(0.5);
    }
  });

  it('reads RGBA into RGB and keeps a thin dark line dark and centred', () => {
    const data = new Uint8Array(9 * 9 * 4).fill(255);
    for (let y = 0; y < 9; y += 1) data.fill(20, 4 * (y * 9 + 4), 4 * (y * 9 + 4) + 3);
    const up = upscaleCubic({ widthPx: 9, heightPx: 9, channels: 4, data }, 18, 18);
    expect(up.channels).toBe(3);
    expect(up.data.length).toBe(18 * 18 * 3);
    const row = Array.from({ length: 18 }, (_, x) => up.data[3 * (9 * 18 + x)]!);
    expect(Math.min(...row)).toBeLessThan(80);
    expect(row[8]).toBe(row[9]);
    expect(row[0]).toBe(255);
    expect(() => upscaleCubic({ widthPx: 9, heightPx: 9, channels: 4, data }, 8, 9)).toThrow(
      RangeError,
    );
  });
});
