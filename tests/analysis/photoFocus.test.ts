import { describe, expect, it } from 'vitest';
import { addLumaNoise } from '../../scripts/node/camera';
import { STOP26_EDGE_SHARPNESS } from '../../scripts/node/phoneDefocus';
import { luminance, type ClassProbabilities } from '../../src/analysis/worker/image';
import {
  binomialLumaRows,
  FOCUS,
  scalpFocus,
  STOP26_FOCUS,
} from '../../src/analysis/worker/photoFocus';
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
    // The app smooths the luma by [1 4 6 4 1]/16 first: a crisp edge's largest 1-px step is 6/16.
    expect(scalpFocus(photo, allSkin())?.edgeSharpness).toBeCloseTo(0.375, 1);
    const sharpness = [1, 2, 3].map(
      (sigma) => scalpFocus(gaussianSmooth(photo, sigma), allSkin())?.edgeSharpness ?? NaN,
    );
    expect(sharpness[1]).toBeLessThan(sharpness[0]!);
    expect(sharpness[2]).toBeLessThan(sharpness[1]!);
    expect(sharpness[2]).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
    // Stop 26's reading, on the raw luma: 1 for a crisp edge, about 0.4 / σ blurred.
    expect(scalpFocus(photo, allSkin(), STOP26_FOCUS)?.edgeSharpness).toBe(1);
    const raw = scalpFocus(gaussianSmooth(photo, 1), allSkin(), STOP26_FOCUS)?.edgeSharpness;
    expect(raw).toBeCloseTo(0.4, 1);
  });

  it('is not fooled by grain added after the blur, as stop 26’s reading was', () => {
    // A phone adds grain after the lens: crisp 1-px steps on a photo blurred by σ 4 px.
    const grainy = addLumaNoise(gaussianSmooth(bars(W, H, 4, 24), 4), 4, 11);
    expect(scalpFocus(grainy, allSkin(), STOP26_FOCUS)!.edgeSharpness).toBeGreaterThan(
      STOP26_EDGE_SHARPNESS,
    );
    expect(scalpFocus(grainy, allSkin())!.edgeSharpness).toBeLessThanOrEqual(
      OUT_OF_FOCUS_EDGE_SHARPNESS,
    );
    // Grain on a sharp photo leaves it sharp.
    const sharpGrainy = addLumaNoise(bars(W, H, 4, 24), 4, 11);
    expect(scalpFocus(sharpGrainy, allSkin())!.edgeSharpness).toBeGreaterThan(0.3);
  });

  it('smooths rows as a whole-plane binomial filter would, streamed in order', () => {
    const photo = addLumaNoise(bars(W, H, 4, 24), 6, 3);
    const rows = binomialLumaRows(photo, 5);
    const luma = luminance(photo);
    const along = (y: number, x: number) =>
      [1, 4, 6, 4, 1].reduce(
        (sum, wt, k) => sum + (wt / 16) * luma[y * W + Math.min(W - 1, Math.max(0, x + k - 2))]!,
        0,
      );
    const out = new Float32Array(W);
    for (let y = 0; y < H; y += 1) {
      rows(y, out);
      for (const x of [0, 1, 50, W - 1]) {
        const expected = [1, 4, 6, 4, 1].reduce(
          (sum, wt, k) => sum + (wt / 16) * along(Math.min(H - 1, Math.max(0, y + k - 2)), x),
          0,
        );
        expect(out[x]).toBeCloseTo(expected, 3);
      }
    }
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
    expect(scalpFocus(mixed, probs)?.edgeSharpness).toBeLessThanOrEqual(
      OUT_OF_FOCUS_EDGE_SHARPNESS,
    );
    // Judged as a whole, the sharp half's edges make it read sharp.
    expect(scalpFocus(mixed, allSkin())?.edgeSharpness).toBeGreaterThan(0.3);
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
    expect(sharpRead.focus?.edgeSharpness).toBeGreaterThan(0.3);
    expect('edgeSharpness' in assessReading({ uncertainPct: 1 }, quality, sharpRead)).toBe(false);
    const blurredRead = await modelSegmenter(darkModel([])).segment(gaussianSmooth(photo, 3));
    const flagged = assessReading({ uncertainPct: 1 }, quality, blurredRead);
    expect(flagged.edgeSharpness).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
  });
});
