// The wide-shaft second pass: the width estimate, the resampling around the second pass, and
// that the segmenter takes it only for shafts wider than the model was trained on.
import { describe, expect, it } from 'vitest';
import type { PixelImage } from '../../src/analysis/worker/image';
import { downscaleArea } from '../../src/lib/areaDownscale';
import { blockShrink, enlargeProbabilities } from '../../src/analysis/worker/resample';
import { modelSegmenter } from '../../src/analysis/worker/segmenter';
import {
  SHAFT_LIMIT_PX,
  shaftMaskStats,
  widthFromStats,
  shaftScaleFactor,
} from '../../src/analysis/worker/shaftScale';
import { bars, darkModel } from './shaftFakes';

/** Hair plane of `bars` as a model that sees perfectly would give. */
function barHair(w: number, h: number, barPx: number, periodPx: number): Float32Array {
  const hair = new Float32Array(w * h);
  for (let k = 0; k < hair.length; k += 1) {
    hair[k] = ((k % w) + periodPx - barPx) % periodPx < barPx ? 1 : 0;
  }
  return hair;
}

/**
 * Hair plane of parallel strands `widthPx` wide at `angleDeg`, one every `periodPx`, inside a
 * hair-free margin so that no strand lies along the frame (whose edge is not outline).
 */
function strandHair(w: number, h: number, widthPx: number, periodPx: number, angleDeg: number) {
  const hair = new Float32Array(w * h);
  const margin = 2 * widthPx;
  const a = (angleDeg * Math.PI) / 180;
  const nx = -Math.sin(a);
  const ny = Math.cos(a);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      // Signed distance across the strands, folded into one period.
      const across = ((((x + 0.5) * nx + (y + 0.5) * ny) % periodPx) + periodPx) % periodPx;
      const inside = x >= margin && y >= margin && x < w - margin && y < h - margin;
      hair[y * w + x] = inside && across < widthPx ? 1 : 0;
    }
  }
  return hair;
}

describe('shaft width', () => {
  it('reads strand width from area and outline, within 10 % averaged over directions', () => {
    for (const width of [4, 12, 30]) {
      const angles = [0, 30, 60, 90, 120, 150];
      const reads = angles.map(
        (angle) =>
          widthFromStats(shaftMaskStats(strandHair(600, 600, width, 3 * width, angle), 600, 600)) ??
          0,
      );
      const mean = reads.reduce((a, b) => a + b, 0) / reads.length;
      expect(Math.abs(mean - width) / width).toBeLessThan(0.1);
      // One direction alone: off by at most the edge-count factor (4/π against 1 or √2).
      for (const read of reads) expect(Math.abs(read - width) / width).toBeLessThan(0.3);
    }
  });

  it('gives no width without hair or for a mat of hair filling the frame', () => {
    expect(widthFromStats(shaftMaskStats(new Float32Array(100), 10, 10))).toBeUndefined();
    expect(widthFromStats(shaftMaskStats(barHair(200, 60, 50, 60), 200, 60))).toBeUndefined();
  });

  it('shrinks only beyond the limit, continuously, and at most 4×', () => {
    expect(shaftScaleFactor(undefined, 1)).toBeUndefined();
    expect(shaftScaleFactor(SHAFT_LIMIT_PX, 1)).toBeUndefined();
    // A 12 px width on a quarter-size probe is a 48 px shaft in the photo.
    expect(shaftScaleFactor(12, 0.25)).toEqual({ factor: SHAFT_LIMIT_PX / 48, shaftWidthPx: 48 });
    expect(shaftScaleFactor(SHAFT_LIMIT_PX * 1.01, 1)?.factor).toBeCloseTo(1 / 1.01, 6);
    expect(shaftScaleFactor(500, 1)?.factor).toBe(0.25);
  });
});

describe('resampling', () => {
  it('block-shrinks as the area average does for a whole factor, dropping the remainder', () => {
    const data = new Uint8Array(13 * 9 * 4);
    for (let k = 0; k < data.length; k += 1) data[k] = (k * 37) % 251;
    const rgba: PixelImage = { widthPx: 13, heightPx: 9, channels: 4, data };
    const block = blockShrink(rgba, 3);
    expect([block.widthPx, block.heightPx, block.channels]).toEqual([4, 3, 3]);
    // The same 12×9 crop, area-shrunk by exactly 3.
    const crop = new Uint8Array(12 * 9 * 4);
    for (let y = 0; y < 9; y += 1)
      crop.set(data.subarray(y * 13 * 4, (y * 13 + 12) * 4), y * 12 * 4);
    const area = downscaleArea({ widthPx: 12, heightPx: 9, channels: 4, data: crop }, 4, 3);
    // The block copy is RGB, the area one keeps RGBA: compare colour channels pixel by pixel.
    for (let k = 0; k < block.data.length; k += 1) {
      const j = Math.floor(k / 3) * 4 + (k % 3);
      expect(Math.abs(block.data[k]! - area.data[j]!)).toBeLessThanOrEqual(1);
    }
  });

  it('shrinks by area average and enlarges back with probabilities summing to 1', () => {
    const image = bars(8, 4, 1, 2); // columns alternate 30 / 220
    const small = downscaleArea(image, 4, 2);
    expect(Array.from(small.data.slice(0, 3))).toEqual([125, 125, 125]);
    const probs = {
      widthPx: 2,
      heightPx: 2,
      hair: Float32Array.from([1, 0, 0.5, 0.2]),
      skin: Float32Array.from([0, 1, 0.25, 0.3]),
      background: Float32Array.from([0, 0, 0.25, 0.5]),
    };
    const big = enlargeProbabilities(probs, 7, 5);
    expect(big.widthPx).toBe(7);
    for (let k = 0; k < 35; k += 1) {
      expect((big.hair[k] ?? 0) + (big.skin[k] ?? 0) + (big.background[k] ?? 0)).toBeCloseTo(1, 6);
    }
    expect(big.hair[0]).toBeCloseTo(1, 6);
  });
});

describe('segmenter wide-shaft pass', () => {
  it('analyses a photo with 60 px shafts again at a smaller scale, at the photo size', async () => {
    const sizes: number[][] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(1024, 640, 60, 200));
    expect(probs.widthPx).toBe(1024);
    expect(probs.heightPx).toBe(640);
    // Axis-aligned bars cross one pixel edge per pixel of outline, not 4/π: they read 4/π wider.
    expect(probs.shaftRescale?.factor).toBeCloseTo(SHAFT_LIMIT_PX / ((60 * 4) / Math.PI), 2);
    // Probe (one 512² tile), then the shrunk photo (268×168: one tile), never the full size.
    expect(sizes.every(([w]) => (w ?? 0) <= 512)).toBe(true);
    expect(sizes.length).toBe(2);
  });

  it('shrinks a small photo only down to a 64-px side, and records that scale', async () => {
    const sizes: number[][] = [];
    // 40 px bars read ~51 px: the rule asks for 0.39×, which would leave a 39-px side.
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(240, 100, 40, 120));
    expect(probs.shaftRescale?.factor).toBeCloseTo(0.64, 6);
    expect([probs.widthPx, probs.heightPx]).toEqual([240, 100]);
    expect(sizes.at(-1)).toEqual([160, 64]); // 154×64, padded to the model stride of 32
  });

  it('leaves photos with ordinary shafts to one full-size pass after the probe', async () => {
    const sizes: number[][] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(1024, 640, 6, 40));
    expect(probs.shaftRescale).toBeUndefined();
    expect(probs.widthPx).toBe(1024);
    expect(sizes.length).toBe(1 + 6); // probe + 3×2 tiles of 512 with 64 px overlap
  });
});
