// The thin-shaft second pass: the ridge scale it reads, its rule, the area shrink that brings
// the enlarged pass back, and that the segmenter takes it only for hair thinner than trained.
import { describe, expect, it } from 'vitest';
import type { PixelImage } from '../../src/analysis/worker/image';
import { shrinkProbabilities } from '../../src/analysis/worker/resample';
import { hairRidgeScale, RIDGE_SIGMAS_PX } from '../../src/analysis/worker/ridgeScale';
import { modelPass, modelSegmenter } from '../../src/analysis/worker/segmenter';
import {
  RIDGE_SAMPLE_TILES,
  segmentWithShaftRule,
  snapScale,
  tilesByProbeHair,
} from '../../src/analysis/worker/shaftRulePass';
import { tileGrid } from '../../src/analysis/worker/tiling';
import {
  MAX_ENLARGE,
  MAX_ENLARGED_PIXELS,
  MIN_ENLARGE,
  RIDGE_TARGET_PX,
  thinShaftFactor,
} from '../../src/analysis/worker/thinShaft';
import { bars, darkModel } from './shaftFakes';

/**
 * Parallel strands with a Gaussian cross-section of std `s` px at `angleDeg`, one every
 * `periodPx`, dark on light (or light on dark), and the hair plane where the profile is within
 * one std of a centre line.
 */
function gaussianStrands(s: number, angleDeg: number, periodPx: number, light = false) {
  const w = 160;
  const h = 160;
  const data = new Uint8Array(w * h * 3);
  const hair = new Float32Array(w * h);
  const a = (angleDeg * Math.PI) / 180;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const across = (x + 0.5) * -Math.sin(a) + (y + 0.5) * Math.cos(a);
      const d = Math.abs((((across % periodPx) + periodPx) % periodPx) - periodPx / 2);
      const profile = Math.exp((-d * d) / (2 * s * s));
      const v = light ? 40 + 170 * profile : 210 - 170 * profile;
      data.set([v, v, v], 3 * (y * w + x));
      hair[y * w + x] = d <= s ? 1 : 0;
    }
  }
  const image: PixelImage = { widthPx: w, heightPx: h, channels: 3, data };
  return { image, hair };
}

describe('ridge scale', () => {
  it('grows with strand width, across directions and for dark or light hair', () => {
    for (const s of [0.7, 1, 1.3]) {
      for (const angle of [0, 30, 45, 80]) {
        for (const light of [false, true]) {
          const { image, hair } = gaussianStrands(s, angle, 12 * s + 6, light);
          const read = hairRidgeScale(image, hair)?.sigmaPx ?? 0;
          // √2·s at a strand's centre line; the sampled pixels off it answer a little wider.
          expect(read / (Math.SQRT2 * s)).toBeGreaterThan(1);
          expect(read / (Math.SQRT2 * s)).toBeLessThan(1.35);
        }
      }
    }
  });

  it('reads half-pixel strands (under-sampled, so wider than √2·s) well below the target', () => {
    const { image, hair } = gaussianStrands(0.5, 30, 8);
    expect(hairRidgeScale(image, hair)?.sigmaPx).toBeLessThan(RIDGE_TARGET_PX / 1.5);
  });

  it('reads hair wider than its scales as the largest scale', () => {
    const { image, hair } = gaussianStrands(4, 20, 40);
    expect(hairRidgeScale(image, hair)?.sigmaPx).toBeCloseTo(RIDGE_SIGMAS_PX.at(-1)!, 6);
  });

  it('samples at most the asked number of hair pixels, the same ones each time', () => {
    const { image, hair } = gaussianStrands(1, 30, 10);
    const a = hairRidgeScale(image, hair, 500);
    expect(a?.samples).toBe(500);
    expect(hairRidgeScale(image, hair, 500)).toEqual(a);
    expect(hairRidgeScale(image, new Float32Array(hair.length))).toBeUndefined();
  });
});

describe('thin-shaft rule', () => {
  it('enlarges only below the target, continuously, within 2× and the pixel budget', () => {
    expect(thinShaftFactor(undefined, 1e5)).toBeUndefined();
    expect(thinShaftFactor(RIDGE_TARGET_PX, 1e5)).toBeUndefined();
    // Just below the target the enlargement would be under MIN_ENLARGE: not worth a pass.
    expect(thinShaftFactor(RIDGE_TARGET_PX / (MIN_ENLARGE * 0.99), 1e5)).toBeUndefined();
    expect(thinShaftFactor(RIDGE_TARGET_PX / 1.5, 1e5)).toBeCloseTo(1.5, 9);
    expect(thinShaftFactor(0.3, 1e5)).toBe(MAX_ENLARGE);
    // A 2048×1536 photo may only double its pixels: √2 on each side.
    expect(thinShaftFactor(0.3, 2048 * 1536)).toBeCloseTo(Math.SQRT2, 9);
    expect(thinShaftFactor(0.3, MAX_ENLARGED_PIXELS)).toBeUndefined();
  });
});

describe('area shrink of probabilities', () => {
  const probs = (w: number, h: number) => {
    const hair = new Float32Array(w * h);
    const skin = new Float32Array(w * h);
    for (let k = 0; k < w * h; k += 1) {
      hair[k] = ((k * 37) % 101) / 200;
      skin[k] = ((k * 53) % 89) / 200;
    }
    const background = hair.map((v, k) => 1 - v - skin[k]!);
    return { widthPx: w, heightPx: h, hair, skin, background };
  };

  it('is the 2×2 block mean for a factor of 2', () => {
    const p = probs(8, 6);
    const s = shrinkProbabilities(p, 4, 3);
    for (let y = 0; y < 3; y += 1) {
      for (let x = 0; x < 4; x += 1) {
        const at = (dx: number, dy: number) => p.hair[(2 * y + dy) * 8 + 2 * x + dx]!;
        const block = (at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4;
        expect(s.hair[y * 4 + x]).toBeCloseTo(block, 6);
      }
    }
  });

  it('keeps hair and skin sums (coverage) for a fractional factor, planes summing to 1', () => {
    const p = probs(13, 9);
    const s = shrinkProbabilities(p, 7, 5);
    const sum = (v: Float32Array) => v.reduce((a, b) => a + b, 0);
    expect((sum(s.hair) * 13 * 9) / (7 * 5)).toBeCloseTo(sum(p.hair), 3);
    expect((sum(s.skin) * 13 * 9) / (7 * 5)).toBeCloseTo(sum(p.skin), 3);
    for (let k = 0; k < 35; k += 1) {
      expect(s.hair[k]! + s.skin[k]! + s.background[k]!).toBeCloseTo(1, 6);
    }
    expect(() => shrinkProbabilities(p, 14, 9)).toThrow(RangeError);
  });
});

describe('segmenter thin-shaft pass', () => {
  it('analyses a photo of 1-px hair again enlarged, and returns it at the photo size', async () => {
    const sizes: number[][] = [];
    const ticks: string[] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(200, 120, 1, 6), {
      onTile: (done, total, again) => ticks.push(`${again ?? 'first'} ${done}/${total}`),
    });
    // Progress names the second pass, whose tiles count anew.
    expect(ticks).toEqual(['first 1/1', 'enlarged 1/1']);
    expect([probs.widthPx, probs.heightPx]).toEqual([200, 120]);
    const rescale = probs.shaftRescale;
    expect(rescale?.kind).toBe('thin');
    if (rescale?.kind !== 'thin') return;
    expect(rescale.ridgeSigmaPx).toBeLessThan(RIDGE_TARGET_PX / MIN_ENLARGE);
    expect(rescale.factor).toBeGreaterThan(MIN_ENLARGE);
    expect(rescale.factor).toBeLessThanOrEqual(MAX_ENLARGE);
    // The photo is its own probe (one tile), then one enlarged pass (one tile, padded).
    expect(sizes.length).toBe(2);
    const [w, h] = sizes[1]!;
    expect(w).toBeGreaterThanOrEqual(Math.round(200 * rescale.factor));
    expect(h).toBeGreaterThanOrEqual(Math.round(120 * rescale.factor));
    // A dark-is-hair model reads the 1-in-6 bars at about a sixth, enlarged or not.
    const share = probs.hair.reduce((a, b) => a + b, 0) / probs.hair.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.22);
  });

  it('leaves ordinary and wide shafts to the passes before it', async () => {
    const sizes: number[][] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(200, 120, 6, 24));
    expect(probs.shaftRescale).toBeUndefined();
    expect(sizes.length).toBe(1);
  });

  it('on a photo of several tiles, reads the ridge scale on two tiles before enlarging', async () => {
    const sizes: number[][] = [];
    const ticks: string[] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(1200, 900, 1, 6), {
      onTile: (done, total, again) => ticks.push(`${again ?? 'first'} ${done}/${total}`),
    });
    expect(probs.shaftRescale?.kind).toBe('thin');
    // The probe copy, two of the photo's six tiles, then the enlarged pass; the four other
    // tiles at the photo's scale never run.
    const firstPass = ticks.filter((t) => t.startsWith('first'));
    expect(firstPass).toEqual(['first 1/6', 'first 2/6']);
    const enlarged = ticks.filter((t) => t.startsWith('enlarged'));
    expect(enlarged.length).toBeGreaterThan(6);
    expect(sizes.length).toBe(1 + RIDGE_SAMPLE_TILES + enlarged.length);
    expect([probs.widthPx, probs.heightPx]).toEqual([1200, 900]);
  });

  it('on a photo of several tiles with ordinary hair, runs each tile once', async () => {
    const sizes: number[][] = [];
    const ticks: string[] = [];
    const probs = await modelSegmenter(darkModel(sizes)).segment(bars(1200, 900, 6, 24), {
      onTile: (done, total, again) => ticks.push(`${again ?? 'first'} ${done}/${total}`),
    });
    expect(probs.shaftRescale).toBeUndefined();
    expect(ticks).toEqual([1, 2, 3, 4, 5, 6].map((i) => `first ${i}/6`));
    expect(sizes.length).toBe(1 + 6); // the probe copy, then each tile once
  });

  it("samples the tiles that hold the most of the probe copy's hair", () => {
    const tiles = tileGrid(1200, 900, 512, 64); // 3 × 2
    const probe = {
      widthPx: 120,
      heightPx: 90,
      hair: new Float32Array(120 * 90),
      skin: new Float32Array(120 * 90),
      background: new Float32Array(120 * 90),
    };
    // Hair in the lower right corner of the probe (scale 0.1), a little in the upper left.
    for (let y = 60; y < 90; y += 1) for (let x = 90; x < 120; x += 1) probe.hair[y * 120 + x] = 1;
    probe.hair[0] = 1;
    const order = tilesByProbeHair(tiles, probe, 0.1);
    expect(order[0]).toBe(5);
    expect(order[1]).toBe(0); // the one hair pixel; the rest hold none and keep grid order
    expect(order.slice(2)).toEqual([1, 2, 3, 4]);
    expect(order.slice().sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("snaps a rule's scale to quarter-octave steps inside its bounds", () => {
    expect(snapScale(1.1, 1, 2)).toBeCloseTo(2 ** 0.25, 9);
    expect(snapScale(1.5, 1, 2)).toBeCloseTo(2 ** 0.5, 9);
    expect(snapScale(1.95, 1, 2)).toBeCloseTo(2, 9);
    // A pixel budget of 1.3× steps 1.41 back down to 1.19.
    expect(snapScale(1.3, 1, 1.3)).toBeCloseTo(2 ** 0.25, 9);
    expect(snapScale(Math.SQRT2, 1, Math.SQRT2)).toBeCloseTo(Math.SQRT2, 9);
    // Shrinking: 0.3 is nearest 2^(−7/4), and a floor of 0.4 steps it up to 2^(−5/4).
    expect(snapScale(0.3, 0.25, 1)).toBeCloseTo(2 ** -1.75, 9);
    expect(snapScale(0.3, 0.4, 1)).toBeCloseTo(2 ** -1.25, 9);
  });

  it('with snapped scales, enlarges thin hair by a quarter-octave step', async () => {
    const probs = await segmentWithShaftRule(
      bars(200, 120, 1, 6),
      modelPass(darkModel([])),
      undefined,
      { snapScale: true },
    );
    const factor = probs.shaftRescale?.factor ?? 1;
    expect(Math.abs(4 * Math.log2(factor) - Math.round(4 * Math.log2(factor)))).toBeLessThan(1e-9);
    expect(factor).toBeGreaterThan(1);
  });
});
