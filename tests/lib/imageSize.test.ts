import { describe, expect, it } from 'vitest';
import { THUMB_LONG_SIDE_PX, WORKING_LONG_SIDE_PX } from '../../src/domain/photo';
import {
  jpegScaleNumerator,
  MAX_CANVAS_PIXELS,
  fitLongSide,
  fitsCanvasBudget,
  pixelCount,
  uprightSize,
} from '../../src/lib/imageSize';

describe('image size math', () => {
  it('decodes a 48 MP photo straight to a working size far under the 16.7 MP canvas budget', () => {
    const sensor48 = { widthPx: 8064, heightPx: 6048 };
    expect(pixelCount(sensor48)).toBeGreaterThan(MAX_CANVAS_PIXELS);
    const working = fitLongSide(uprightSize(sensor48, 6), WORKING_LONG_SIDE_PX);
    expect(working).toEqual({ widthPx: 1536, heightPx: 2048 });
    expect(fitsCanvasBudget(working)).toBe(true);
  });

  it('handles a 200 MP sensor and extreme panoramas within the budget', () => {
    for (const size of [
      { widthPx: 16320, heightPx: 12240 },
      { widthPx: 30000, heightPx: 2000 },
    ]) {
      const working = fitLongSide(size, WORKING_LONG_SIDE_PX);
      expect(Math.max(working.widthPx, working.heightPx)).toBe(WORKING_LONG_SIDE_PX);
      expect(fitsCanvasBudget(working)).toBe(true);
    }
    expect(fitLongSide({ widthPx: 100000, heightPx: 10 }, 2048)).toEqual({
      widthPx: 2048,
      heightPx: 1,
    });
  });

  it('never upscales', () => {
    expect(fitLongSide({ widthPx: 240, heightPx: 320 }, WORKING_LONG_SIDE_PX)).toEqual({
      widthPx: 240,
      heightPx: 320,
    });
  });

  it('makes 12 MP thumbnails with a 320 px long side', () => {
    expect(fitLongSide({ widthPx: 4032, heightPx: 3024 }, THUMB_LONG_SIDE_PX)).toEqual({
      widthPx: 320,
      heightPx: 240,
    });
  });

  it('swaps axes for orientations 5–8 only', () => {
    const s = { widthPx: 4, heightPx: 3 };
    for (const o of [undefined, 1, 2, 3, 4]) expect(uprightSize(s, o)).toEqual(s);
    for (const o of [5, 6, 7, 8]) expect(uprightSize(s, o)).toEqual({ widthPx: 3, heightPx: 4 });
  });

  it('picks the smallest JPEG DCT scale that still covers the working size', () => {
    // 48 MP: 3/8 → 3024 px long side (6.9 MP decode) instead of the full 48.8 MP.
    expect(jpegScaleNumerator({ widthPx: 8064, heightPx: 6048 }, WORKING_LONG_SIDE_PX)).toBe(3);
    expect(jpegScaleNumerator({ widthPx: 4032, heightPx: 3024 }, WORKING_LONG_SIDE_PX)).toBe(5);
    expect(jpegScaleNumerator({ widthPx: 16384, heightPx: 12288 }, WORKING_LONG_SIDE_PX)).toBe(1);
    expect(jpegScaleNumerator({ widthPx: 2048, heightPx: 1536 }, WORKING_LONG_SIDE_PX)).toBe(8);
    const decoded = fitLongSide({ widthPx: 8064, heightPx: 6048 }, (8064 * 3) / 8);
    expect(fitsCanvasBudget(decoded)).toBe(true);
  });
});
