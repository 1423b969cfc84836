import { describe, expect, it } from 'vitest';
import { downscaleArea } from '../../src/lib/areaDownscale';

function solid(widthPx: number, heightPx: number, rgba: [number, number, number, number]) {
  const data = new Uint8ClampedArray(widthPx * heightPx * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, widthPx, heightPx, channels: 4 as const };
}

describe('downscaleArea', () => {
  it('keeps a flat colour flat', () => {
    const out = downscaleArea(solid(7, 5, [10, 20, 30, 255]), 3, 2);
    expect(out.widthPx).toBe(3);
    for (let i = 0; i < out.data.length; i += 4)
      expect([...out.data.subarray(i, i + 4)]).toEqual([10, 20, 30, 255]);
  });

  it('averages areas, so a 1-px line fades instead of vanishing', () => {
    const src = solid(4, 4, [0, 0, 0, 255]);
    for (let y = 0; y < 4; y++) src.data.set([255, 255, 255, 255], (y * 4 + 1) * 4); // column x=1
    const out = downscaleArea(src, 2, 2);
    expect(out.data[0]).toBe(128); // left half: one of two columns white
    expect(out.data[4]).toBe(0);
  });

  it('handles non-integer ratios with exact weights', () => {
    const src = solid(3, 1, [0, 0, 0, 255]);
    src.data.set([255, 255, 255, 255], 0);
    const out = downscaleArea(src, 2, 1);
    // Output pixel 0 covers source x ∈ [0, 1.5): 1 white + 0.5 black → 2/3 white.
    expect(out.data[0]).toBe(170);
  });

  it('matches brute-force area integration for a non-integer factor, RGB', () => {
    const sw = 37;
    const sh = 23;
    const data = new Uint8Array(sw * sh * 3);
    let seed = 11;
    for (let k = 0; k < data.length; k += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      data[k] = seed % 256;
    }
    const w = 11;
    const h = 7;
    const small = downscaleArea({ widthPx: sw, heightPx: sh, channels: 3, data }, w, h);
    // Brute force: integrate each output pixel's footprint over the source grid.
    const overlap = (a0: number, a1: number, p: number) =>
      Math.max(0, Math.min(a1, p + 1) - Math.max(a0, p));
    for (let y = 0; y < h; y += 1) {
      for (let x = 0; x < w; x += 1) {
        for (let c = 0; c < 3; c += 1) {
          let sum = 0;
          let area = 0;
          for (let py = 0; py < sh; py += 1) {
            const wy = overlap((y * sh) / h, ((y + 1) * sh) / h, py);
            if (wy === 0) continue;
            for (let px = 0; px < sw; px += 1) {
              const weight = wy * overlap((x * sw) / w, ((x + 1) * sw) / w, px);
              sum += data[(py * sw + px) * 3 + c]! * weight;
              area += weight;
            }
          }
          expect(Math.abs(small.data[(y * w + x) * 3 + c]! - sum / area)).toBeLessThanOrEqual(0.51);
        }
      }
    }
  });

  it('refuses to upscale', () => {
    expect(() => downscaleArea(solid(2, 2, [0, 0, 0, 0]), 3, 2)).toThrow(RangeError);
  });
});
