import { describe, expect, it } from 'vitest';
import { branchCount, thinInPlace, type BinaryImage } from '../../src/lib/binaryThinning';

function rect(w: number, h: number, x0: number, y0: number, x1: number, y1: number): BinaryImage {
  const data = new Uint8Array(w * h);
  for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) data[y * w + x] = 1;
  return { widthPx: w, heightPx: h, data };
}

describe('thinInPlace', () => {
  it('thins a bar to a line one pixel wide along its middle', () => {
    const img = rect(60, 20, 5, 6, 55, 13);
    thinInPlace(img);
    for (let x = 10; x < 50; x += 1) {
      let set = 0;
      for (let y = 0; y < 20; y += 1) set += img.data[y * 60 + x]!;
      expect(set).toBe(1);
      expect(img.data[9 * 60 + x]).toBe(1);
    }
  });

  it('keeps a cross connected, with one junction region and four ends', () => {
    const img = rect(41, 41, 18, 2, 23, 39);
    for (let y = 18; y < 23; y += 1) for (let x = 2; x < 39; x += 1) img.data[y * 41 + x] = 1;
    thinInPlace(img);
    let ends = 0;
    let junctions = 0;
    for (let y = 0; y < 41; y += 1) {
      for (let x = 0; x < 41; x += 1) {
        if (img.data[y * 41 + x] !== 1) continue;
        const b = branchCount(img, x, y);
        if (b === 1) ends += 1;
        if (b >= 3) junctions += 1;
      }
    }
    expect(ends).toBe(4);
    expect(junctions).toBeGreaterThanOrEqual(1);
  });

  it('leaves a one-pixel line as it is', () => {
    const img = rect(20, 5, 2, 2, 18, 3);
    const before = img.data.slice();
    thinInPlace(img);
    expect(Array.from(img.data)).toEqual(Array.from(before));
  });
});
