// Coverage math: soft sums, hair / (hair + skin), background excluded, no NaN on empty scalp.
import { describe, expect, it } from 'vitest';
import {
  coverageFromProbabilities,
  decideLabels,
  hairProbabilityBytes,
  hairThresholdByte,
} from '../../src/analysis/worker/coverage';
import { analysisSize } from '../../src/analysis/worker/image';

const planes = (hair: number[], skin: number[], background: number[]) => ({
  hair: Float32Array.from(hair),
  skin: Float32Array.from(skin),
  background: Float32Array.from(background),
});

describe('coverage', () => {
  it('is hair over hair plus skin, with background left out', () => {
    const c = coverageFromProbabilities(planes([1, 0.5, 0, 0], [0, 0.5, 1, 0], [0, 0, 0, 1]));
    expect(c.hairCoveragePct).toBeCloseTo(50, 5);
    expect(c.hairPct).toBeCloseTo(37.5, 5);
    expect(c.skinPct).toBeCloseTo(37.5, 5);
    expect(c.backgroundPct).toBeCloseTo(25, 5);
  });

  it('counts soft fractions, so a half-hair pixel is half a hair pixel', () => {
    const c = coverageFromProbabilities(planes([0.25, 0.25], [0.75, 0.75], [0, 0]));
    expect(c.hairCoveragePct).toBeCloseTo(25, 5);
  });

  it('counts pixels no class wins clearly as uncertain', () => {
    // Top probabilities: 1, 0.5, 0.55, 0.6 -> the middle two are below 0.6.
    const c = coverageFromProbabilities(
      planes([1, 0.5, 0.3, 0.6], [0, 0.4, 0.55, 0.2], [0, 0.1, 0.15, 0.2]),
    );
    expect(c.uncertainPct).toBeCloseTo(50, 5);
    expect(coverageFromProbabilities(planes([], [], [])).uncertainPct).toBe(0);
  });

  it('is 0, not NaN, when there is no scalp', () => {
    expect(coverageFromProbabilities(planes([0], [0], [1])).hairCoveragePct).toBe(0);
  });

  it('honours a region mask', () => {
    const c = coverageFromProbabilities(planes([1, 0], [0, 1], [0, 0]), Uint8Array.from([1, 0]));
    expect(c.hairCoveragePct).toBe(100);
  });

  it('sums sharpened probabilities below temperature 1, and the undecided share stays raw', () => {
    // A dense-hair pixel the model gives 0.8 hair / 0.2 skin, and a sure skin pixel.
    const p = planes([0.8, 0], [0.2, 1], [0, 0]);
    expect(coverageFromProbabilities(p).hairCoveragePct).toBeCloseTo(40, 5);
    // T = 0.5 squares: 0.64 / (0.64 + 0.04) hair in the first pixel.
    const sharp = coverageFromProbabilities(p, undefined, 0.5);
    expect(sharp.hairCoveragePct).toBeCloseTo((100 * (0.64 / 0.68)) / 2, 5);
    // Any other temperature raises to 1/T the same way (here T = 1/3: cubes).
    expect(coverageFromProbabilities(p, undefined, 1 / 3).hairCoveragePct).toBeCloseTo(
      (100 * (0.512 / 0.52)) / 2,
      4,
    );
    // A mixed pixel stays mixed: 0.55 / 0.45 becomes 0.599 / 0.401, still undecided (< 0.6).
    const mixed = coverageFromProbabilities(planes([0.55], [0.45], [0]), undefined, 0.5);
    expect(mixed.hairCoveragePct).toBeCloseTo((100 * 0.3025) / (0.3025 + 0.2025), 5);
    expect(mixed.uncertainPct).toBe(100);
    expect(() => coverageFromProbabilities(p, undefined, 0)).toThrow(/temperature/);
  });

  it('converts to bytes and hard labels', () => {
    const p = planes([1, 0.2, 0.1], [0, 0.7, 0.1], [0, 0.1, 0.8]);
    expect([...hairProbabilityBytes(p)]).toEqual([255, 51, 26]);
    expect([...decideLabels(p)]).toEqual([2, 1, 0]);
  });

  it('calls a pixel hair from the hair threshold on, even when skin is likelier', () => {
    const p = planes([0.42, 0.38, 0.05], [0.5, 0.3, 0.05], [0.08, 0.32, 0.9]);
    expect([...decideLabels(p, 0.5)]).toEqual([1, 0, 0]);
    expect([...decideLabels(p, 0.4)]).toEqual([2, 0, 0]);
    expect([...decideLabels(p, 0.35)]).toEqual([2, 2, 0]);
    // The byte threshold agrees with hairProbabilityBytes' rounding.
    expect(hairProbabilityBytes(p)[0]! >= hairThresholdByte(0.4)).toBe(true);
    expect(hairProbabilityBytes(p)[1]! >= hairThresholdByte(0.4)).toBe(false);
  });
});

describe('analysis scale', () => {
  it('caps the long side at 2048 px and never upscales', () => {
    expect(analysisSize(4032, 3024)).toEqual({ widthPx: 2048, heightPx: 1536 });
    expect(analysisSize(3024, 4032)).toEqual({ widthPx: 1536, heightPx: 2048 });
    expect(analysisSize(640, 480)).toEqual({ widthPx: 640, heightPx: 480 });
  });
});
