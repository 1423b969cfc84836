import { describe, expect, it } from 'vitest';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { FOCUS, scalpFocus } from '../../src/analysis/worker/photoFocus';
import { gaussianSmooth } from '../../src/analysis/worker/photoNoise';
import {
  assessReading,
  OUT_OF_FOCUS_EDGE_SHARPNESS,
} from '../../src/analysis/worker/readingQuality';
import { modelSegmenter } from '../../src/analysis/worker/segmenter';
import { bars, darkModel } from './shaftFakes';

const W = 128;
const H = 96;
const plane = (v: number) => new Float32Array(W * H).fill(v);
const allSkin = (): ClassProbabilities => ({
  widthPx: W,
  heightPx: H,
  hair: plane(0),
  skin: plane(1),
  background: plane(0),
});

describe('scalp focus (edge sharpness)', () => {
  it('reads crisp edges as sharp and falls as the photo is blurred', () => {
    // 4-px dark bars every 24 px: each edge makes its whole step within one pixel.
    const photo = bars(W, H, 4, 24);
    expect(scalpFocus(photo, allSkin())?.edgeSharpness).toBe(1);
    const sharpness = [1, 2, 3].map(
      (sigma) => scalpFocus(gaussianSmooth(photo, sigma), allSkin())?.edgeSharpness ?? NaN,
    );
    // About 0.4 / σ for an edge blurred by σ px.
    expect(sharpness[0]).toBeCloseTo(0.4, 1);
    expect(sharpness[1]).toBeLessThan(sharpness[0]!);
    expect(sharpness[2]).toBeLessThan(sharpness[1]!);
    expect(sharpness[2]).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
  });

  it('judges only the scalp: a sharp backdrop does not vouch for a blurred head', () => {
    const sharp = bars(W, H, 4, 24);
    const blurred = gaussianSmooth(sharp, 3);
    // Left half: the sharp photo, read as background; right half: the blurred one, read as skin.
    const mixed = { ...sharp, data: sharp.data.slice() };
    const probs = allSkin();
    for (let y = 0; y < H; y += 1) {
      for (let x = 0; x < W / 2; x += 1) {
        const k = y * W + x;
        probs.skin[k] = 0;
        probs.background[k] = 1;
      }
      for (let x = W / 2; x < W; x += 1) {
        const i = 3 * (y * W + x);
        mixed.data.set(blurred.data.subarray(i, i + 3), i);
      }
    }
    // As soft as the blurred photo alone (the seam between the halves adds a few steps).
    const blurredAlone = scalpFocus(blurred, allSkin())?.edgeSharpness ?? NaN;
    expect(scalpFocus(mixed, probs)?.edgeSharpness).toBeCloseTo(blurredAlone, 1);
    expect(scalpFocus(mixed, allSkin())?.edgeSharpness).toBe(1);
  });

  it('says nothing without enough scalp, and refuses a reading of another size', () => {
    const photo = bars(W, H, 4, 24);
    const little = allSkin();
    little.skin.fill(0);
    little.skin.fill(1, 0, FOCUS.minScalpPx - 1);
    expect(scalpFocus(photo, little)).toBeUndefined();
    expect(() => scalpFocus(photo, { ...allSkin(), widthPx: W / 2 })).toThrow(RangeError);
  });

  it('is measured on every reading, and a blurred photo is flagged', async () => {
    const photo = bars(W, H, 4, 24);
    const quality = { coverageErrorP90Pp: 4.2, uncertainPctWarn: 20, measuredOn: 'validation' };
    const sharpRead = await modelSegmenter(darkModel([])).segment(photo);
    expect(sharpRead.focus?.edgeSharpness).toBeGreaterThan(0.5);
    expect('edgeSharpness' in assessReading({ uncertainPct: 1 }, quality, sharpRead)).toBe(false);
    const blurredRead = await modelSegmenter(darkModel([])).segment(gaussianSmooth(photo, 3));
    const flagged = assessReading({ uncertainPct: 1 }, quality, blurredRead);
    expect(flagged.edgeSharpness).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
  });
});
