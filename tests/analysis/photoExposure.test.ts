import { describe, expect, it } from 'vitest';
import { blownOutShare, EXPOSURE } from '../../src/analysis/worker/photoExposure';
import { luminance, type PixelImage } from '../../src/analysis/worker/image';
import { modelSegmenter } from '../../src/analysis/worker/segmenter';
import { bars, darkModel } from './shaftFakes';

/** A 64×64 photo whose left `whiteCols` columns are white and the rest skin-toned. */
function halfWhite(whiteCols: number): PixelImage {
  const data = new Uint8Array(64 * 64 * 3);
  for (let k = 0; k < 64 * 64; k += 1) {
    data.set(k % 64 < whiteCols ? [255, 252, 250] : [210, 165, 145], 3 * k);
  }
  return { widthPx: 64, heightPx: 64, channels: 3, data };
}

const plane = (v: number) => new Float32Array(64 * 64).fill(v);

describe('blown-out share', () => {
  it("is the share of the reading's scalp that is white in the photo", () => {
    const probs = {
      widthPx: 64,
      heightPx: 64,
      hair: plane(0.3),
      skin: plane(0.7),
      background: plane(0),
    };
    expect(blownOutShare(halfWhite(16), probs)?.scalpPct).toBeCloseTo(25, 6);
    expect(blownOutShare(halfWhite(0), probs)?.scalpPct).toBe(0);
    // Just under the luma cut is not blown out.
    const grey = halfWhite(0);
    grey.data.fill(EXPOSURE.blownLuma - 1);
    expect(blownOutShare(grey, probs)?.scalpPct).toBe(0);
  });

  it('cuts at the same luma as image.ts luminance(), to the float32 boundary', () => {
    // Every (r, g, b) on a grid around the cut, RGBA so the channel stride is exercised too.
    const values = [240, 244, 247, 248, 249, 250, 251, 252, 253, 255];
    const count = values.length ** 3;
    const data = new Uint8Array(4 * count);
    let k = 0;
    for (const r of values)
      for (const g of values) for (const b of values) data.set([r, g, b, 255], 4 * k++);
    const photo: PixelImage = { widthPx: count, heightPx: 1, channels: 4, data };
    const ones = new Float32Array(count).fill(1);
    const probs = {
      widthPx: count,
      heightPx: 1,
      hair: ones,
      skin: new Float32Array(count),
      background: new Float32Array(count),
    };
    const expected = luminance(photo).filter((v) => v >= EXPOSURE.blownLuma).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(count);
    expect(blownOutShare(photo, probs)?.scalpPct).toBeCloseTo((100 * expected) / count, 9);
  });

  it('counts only the scalp, and says nothing without enough of it', () => {
    // White backdrop on the left, read as background: the scalp on the right is not blown out.
    const background = plane(0);
    const skin = plane(0);
    for (let k = 0; k < 64 * 64; k += 1) (k % 64 < 32 ? background : skin)[k] = 1;
    const probs = { widthPx: 64, heightPx: 64, hair: plane(0), skin, background };
    expect(blownOutShare(halfWhite(32), probs)?.scalpPct).toBe(0);
    const little = plane(0);
    little.fill(1, 0, EXPOSURE.minScalpPx - 1);
    expect(
      blownOutShare(halfWhite(64), { ...probs, skin: little, background: plane(1) }),
    ).toBeUndefined();
    expect(() => blownOutShare(halfWhite(8), { ...probs, widthPx: 32 })).toThrow(RangeError);
  });

  it('is measured on every reading of the photo as it came', async () => {
    // The fake model calls dark bars hair and the rest skin; the light bars are 220 grey, not
    // blown out, and turning them white blows out most of the scalp.
    const photo = bars(128, 96, 4, 24);
    const clean = await modelSegmenter(darkModel([])).segment(photo);
    expect(clean.blownOut?.scalpPct).toBe(0);
    const white = { ...photo, data: photo.data.map((v) => (v > 200 ? 255 : v)) };
    const blown = await modelSegmenter(darkModel([])).segment(white);
    expect(blown.blownOut?.scalpPct).toBeGreaterThan(70);
  });
});
