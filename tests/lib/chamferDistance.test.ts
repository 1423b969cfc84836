import { describe, expect, it } from 'vitest';
import { chamferDistance, closeBinary, openBinary } from '../../src/lib/chamferDistance';
import { labelComponents } from '../../src/lib/connectedComponents';
import type { BinaryImage } from '../../src/lib/binaryThinning';

function image(rows: string[]): BinaryImage {
  const widthPx = rows[0]!.length;
  const data = new Uint8Array(
    rows
      .join('')
      .split('')
      .map((c) => (c === '#' ? 1 : 0)),
  );
  return { widthPx, heightPx: rows.length, data };
}

describe('chamferDistance', () => {
  it('measures the distance to the nearest clear pixel, the frame counting as clear', () => {
    const d = chamferDistance(image(['.......', '.#####.', '.#####.', '.#####.', '.......']));
    expect(d[2 * 7 + 3]).toBeCloseTo(2, 5); // the centre of a 5 × 3 block
    expect(d[1 * 7 + 1]).toBeCloseTo(1, 5);
    expect(d[0]).toBe(0);
    const edge = chamferDistance(image(['###']));
    expect(Array.from(edge)).toEqual([1, 1, 1]);
  });
});

describe('closeBinary', () => {
  it("fills a slit narrower than the disc and leaves the shape's outline", () => {
    const img = image(['..........', '.########.', '..........', '.########.', '..........']);
    const closed = closeBinary(img, 1.5);
    expect(Array.from(closed.data.slice(20, 30))).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(Array.from(closed.data.slice(0, 10)).every((v) => v === 0)).toBe(true);
    expect(closeBinary(img, 0)).toBe(img);
  });
});

describe('openBinary', () => {
  it('clears a stroke narrower than the disc and keeps a wide block; the border counts as set', () => {
    const img = image(['#.........', '#.#.####..', '#.#.####..', '#.#.####..', '#.........']);
    const opened = openBinary(img, 1.5);
    const column = (x: number) => [0, 1, 2, 3, 4].map((y) => opened.data[y * 10 + x]);
    expect(column(2)).toEqual([0, 0, 0, 0, 0]);
    // The same stroke along the border is not eaten from beyond it.
    expect(column(0)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(opened.data.slice(24, 28))).toEqual([1, 1, 1, 1]);
    expect(openBinary(img, 0)).toBe(img);
  });
});

describe('labelComponents', () => {
  it('labels 4- or 8-connected regions and says which touch the border', () => {
    const img = image(['#....', '.#...', '...##', '...##']);
    const four = labelComponents(img.data, 5, 4, 1, false);
    expect(four.sizes).toEqual([1, 1, 4]);
    const eight = labelComponents(img.data, 5, 4, 1, true);
    expect(eight.sizes).toEqual([2, 4]);
    expect(eight.touchesBorder).toEqual([true, true]);
    const holes = labelComponents(image(['###', '#.#', '###']).data, 3, 3, 0, false);
    expect(holes.touchesBorder).toEqual([false]);
  });
});
