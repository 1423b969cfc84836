import { describe, expect, it } from 'vitest';
import {
  estimateNoiseSigma,
  gaussianSmooth,
  NOISE_RULE,
  withNoiseRule,
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
    expect(estimateNoiseSigma(smoothed)).toBeLessThan(estimateNoiseSigma(noisy) / 2);
    const mean = (image: PixelImage) => Array.from(image.data).reduce((a, b) => a + b, 0);
    expect(Math.abs(mean(smoothed) - mean(noisy)) / mean(noisy)).toBeLessThan(0.005);
    // The filter is linear: what stays of the noise is the noise smoothed, a third or less.
    expect(spread(smoothed, gaussianSmooth(clean, 1.2))).toBeLessThan(spread(noisy, clean) / 3);
  });

  it('smooths only photos noisier than the rule allows, and says how much', () => {
    const clean = strands();
    const quiet = withNoiseRule(clean);
    expect(quiet.image).toBe(clean);
    expect(quiet.noiseSmoothing).toBeUndefined();
    const noisy = withNoiseRule(addLumaNoise(clean, 10, 7));
    expect(noisy.noiseSmoothing?.noiseSigma).toBeGreaterThan(NOISE_RULE.thresholdSigma);
    expect(noisy.noiseSmoothing?.blurSigmaPx).toBe(NOISE_RULE.blurSigmaPx);
  });

  it('smooths RGBA photos channel by channel and reads tiny ones as noise-free', () => {
    const rgba: PixelImage = {
      widthPx: 8,
      heightPx: 8,
      channels: 4,
      data: new Uint8Array(8 * 8 * 4).fill(200),
    };
    expect(gaussianSmooth(rgba, 1.2).data).toEqual(rgba.data);
    expect(estimateNoiseSigma({ ...rgba, widthPx: 2, heightPx: 2 })).toBe(0);
  });

  it('runs in the segmenter only when its rule is on, which the app leaves off', async () => {
    const grainy = addLumaNoise(bars(256, 192, 4, 24), 12, 11);
    const off = await modelSegmenter(darkModel([])).segment(grainy);
    expect(APP_RULES.noiseRule).toBe(false);
    expect(off.noiseSmoothing).toBeUndefined();
    const on = await modelSegmenter(darkModel([]), undefined, {
      ...APP_RULES,
      noiseRule: true,
    }).segment(grainy);
    expect(on.noiseSmoothing?.noiseSigma).toBeGreaterThan(NOISE_RULE.thresholdSigma);
    expect([on.widthPx, on.heightPx]).toEqual([256, 192]);
    // The fake model calls dark pixels hair: smoothing changes which pixels are dark.
    expect(on.hair).not.toEqual(off.hair);
  });
});
