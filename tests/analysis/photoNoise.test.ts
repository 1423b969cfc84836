import { describe, expect, it } from 'vitest';
import {
  estimateNoiseSigma,
  gaussianSmooth,
  NOISE_RULE,
  skinNoiseSigma,
} from '../../src/analysis/worker/photoNoise';
import type { PixelImage } from '../../src/analysis/worker/image';
import { APP_RULES, modelSegmenter } from '../../src/analysis/worker/segmenter';
import { addLumaNoise } from '../../scripts/node/camera';
import { bars, darkModel } from './shaftFakes';

/** A smooth ramp with dark 2-px strands every 12 px: shading and hair edges, no noise. */
function strands(size = 192): PixelImage {
  const data = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const v = x % 12 < 2 ? 40 : 120 + Math.round((60 * (x + y)) / (2 * size));
      data.set([v + 30, v, v - 20], (y * size + x) * 3);
    }
  }
  return { widthPx: size, heightPx: size, channels: 3, data };
}

const spread = (image: PixelImage, from: PixelImage) => {
  let sum = 0;
  for (let i = 0; i < image.data.length; i += 1) sum += (image.data[i]! - from.data[i]!) ** 2;
  return Math.sqrt(sum / image.data.length);
};

describe('photo noise', () => {
  it('reads the noise added to a clean photo, and little on the clean one', () => {
    const clean = strands();
    expect(estimateNoiseSigma(clean)).toBeLessThan(1);
    for (const sigma of [5, 10, 15]) {
      expect(estimateNoiseSigma(addLumaNoise(clean, sigma, 3))).toBeGreaterThan(sigma * 0.85);
      expect(estimateNoiseSigma(addLumaNoise(clean, sigma, 3))).toBeLessThan(sigma * 1.15);
    }
  });

  it('smooths noise away and keeps the size, channels and mean', () => {
    const clean = strands();
    const noisy = addLumaNoise(clean, 10, 5);
    const smoothed = gaussianSmooth(noisy, 1.2);
    expect([smoothed.widthPx, smoothed.heightPx, smoothed.channels]).toEqual([192, 192, 3]);
    expect(estimateNoiseSigma(smoothed)!).toBeLessThan(estimateNoiseSigma(noisy)! / 2);
    const mean = (image: PixelImage) => Array.from(image.data).reduce((a, b) => a + b, 0);
    expect(Math.abs(mean(smoothed) - mean(noisy)) / mean(noisy)).toBeLessThan(0.005);
    // The filter is linear: what stays of the noise is the noise smoothed, a third or less.
    expect(spread(smoothed, gaussianSmooth(clean, 1.2))).toBeLessThan(spread(noisy, clean) / 3);
  });

  it('reads the noise only where asked, and nothing when too few pixels are left', () => {
    const clean = strands();
    // Grain on the left half only: the estimate follows the pixels it is given.
    const grainy = addLumaNoise(clean, 12, 9);
    const half = { ...clean, data: new Uint8Array(clean.data) };
    for (let i = 0; i < half.data.length; i += 1) {
      if (Math.floor(i / 3) % 192 < 96) half.data[i] = grainy.data[i]!;
    }
    const left = estimateNoiseSigma(half, (p) => p % 192 < 96)!;
    const right = estimateNoiseSigma(half, (p) => p % 192 >= 96)!;
    expect(left).toBeGreaterThan(10);
    expect(right).toBeLessThan(1);
    expect(estimateNoiseSigma(half, (p) => p === 500, 2)).toBeUndefined();
  });

  it("reads a reading's skin pixels (p(skin) ≥ 0.95), at least 500 of them", () => {
    const noisy = addLumaNoise(strands(64), 12, 4);
    const plane = (v: number) => new Float32Array(64 * 64).fill(v);
    const probs = { widthPx: 64, heightPx: 64, hair: plane(0), background: plane(0) };
    expect(skinNoiseSigma(noisy, { ...probs, skin: plane(1) })).toBeGreaterThan(10);
    expect(skinNoiseSigma(noisy, { ...probs, skin: plane(0.9) })).toBeUndefined();
    const few = plane(0);
    few.fill(1, 0, NOISE_RULE.minPixels - 1);
    expect(skinNoiseSigma(noisy, { ...probs, skin: few })).toBeUndefined();
  });

  it('smooths RGBA photos channel by channel and reads nothing on tiny ones', () => {
    const rgba: PixelImage = {
      widthPx: 8,
      heightPx: 8,
      channels: 4,
      data: new Uint8Array(8 * 8 * 4).fill(200),
    };
    expect(gaussianSmooth(rgba, 1.2).data).toEqual(rgba.data);
    expect(estimateNoiseSigma({ ...rgba, widthPx: 2, heightPx: 2 })).toBeUndefined();
  });

  it('reads a grainy photo again smoothed when the rule is on, as in the app', async () => {
    // The fake model calls dark pixels hair and the rest skin (p = 1): the light skin between
    // the bars carries the grain.
    const grainy = addLumaNoise(bars(256, 192, 4, 24), 12, 11);
    const sizes: number[][] = [];
    expect(APP_RULES.noiseRule).toBe(true);
    const on = await modelSegmenter(darkModel(sizes)).segment(grainy);
    expect(on.noiseSmoothing?.noiseSigma).toBeGreaterThan(NOISE_RULE.thresholdSigma);
    expect(on.noiseSmoothing?.blurSigmaPx).toBe(NOISE_RULE.blurSigmaPx);
    expect([on.widthPx, on.heightPx]).toEqual([256, 192]);
    const onePass = sizes.length;
    const off = await modelSegmenter(darkModel(sizes), undefined, {
      ...APP_RULES,
      noiseRule: false,
    }).segment(grainy);
    expect(off.noiseSmoothing).toBeUndefined();
    // Two readings with the rule on, one without.
    expect(sizes.length - onePass).toBe(onePass / 2);
    expect(on.hair).not.toEqual(off.hair);
    // Progress names the second reading, whose tiles count anew.
    const seen: (string | undefined)[] = [];
    await modelSegmenter(darkModel([])).segment(grainy, {
      onTile: (_done, _total, again) => seen.push(again),
    });
    expect(seen[0]).toBeUndefined();
    expect(seen.at(-1)).toBe('smoothed');
    // A clean photo is read once, as it is.
    const clean = await modelSegmenter(darkModel([])).segment(bars(256, 192, 4, 24));
    expect(clean.noiseSmoothing).toBeUndefined();
  });
});
