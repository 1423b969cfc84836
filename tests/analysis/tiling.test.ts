// Tile layout and blending: counts and overlaps, and that blending is exact where tiles agree.
import { describe, expect, it } from 'vitest';
import type { PixelImage } from '../../src/analysis/worker/image';
import {
  classChannels,
  createBlendSums,
  fillTileInput,
  finishBlend,
} from '../../src/analysis/worker/preprocess';
import {
  segmentImage,
  startSegmentation,
  type TileRunner,
} from '../../src/analysis/worker/segmentCore';
import {
  axisOrigins,
  rampWeights,
  roundUpToStride,
  tileGrid,
} from '../../src/analysis/worker/tiling';

const CLASSES = ['background', 'skin', 'hair'];

/**
 * A "model" whose logits depend only on each pixel's own input value (hair 2·r, skin g,
 * background 0.2), so tiling must not matter; `block` is the card's pixelBlock layout.
 */
function pointwiseRunner(block: number): TileRunner {
  return async (input, widthPx, heightPx) => {
    const plane = (widthPx * heightPx) / (block * block);
    const subs = block * block;
    const out = new Float32Array(3 * subs * plane);
    for (let sub = 0; sub < subs; sub += 1) {
      for (let k = 0; k < plane; k += 1) {
        out[sub * plane + k] = 0.2;
        out[(subs + sub) * plane + k] = input[(subs + sub) * plane + k] ?? 0;
        out[(2 * subs + sub) * plane + k] = (input[sub * plane + k] ?? 0) * 2;
      }
    }
    return out;
  };
}

const plainRunner = pointwiseRunner(1);

function gradientImage(widthPx: number, heightPx: number): PixelImage {
  const data = new Uint8Array(widthPx * heightPx * 3);
  for (let y = 0; y < heightPx; y += 1) {
    for (let x = 0; x < widthPx; x += 1) {
      const k = 3 * (y * widthPx + x);
      data[k] = (x * 7 + y * 3) % 256;
      data[k + 1] = (x * 5 + y * 11) % 256;
      data[k + 2] = 128;
    }
  }
  return { widthPx, heightPx, channels: 3, data };
}

const options = {
  tilePx: 512,
  overlapPx: 64,
  mean: [0.5, 0.5, 0.5],
  std: [0.25, 0.25, 0.25],
  classes: CLASSES,
};

describe('tile layout', () => {
  it('places one tile when the side fits, else spreads tiles with at least the overlap', () => {
    expect(axisOrigins(512, 512, 64)).toEqual([0]);
    expect(axisOrigins(300, 512, 64)).toEqual([0]);
    const origins = axisOrigins(2048, 512, 64);
    expect(origins.length).toBe(5); // ceil((2048 - 64) / 448)
    expect(origins[0]).toBe(0);
    expect(origins.at(-1)).toBe(2048 - 512);
    for (let i = 1; i < origins.length; i += 1) {
      const overlap = 512 - ((origins[i] ?? 0) - (origins[i - 1] ?? 0));
      expect(overlap).toBeGreaterThanOrEqual(64);
    }
  });

  it('covers a 2048×1536 image with 5×4 tiles and shrinks tiles for tiny images', () => {
    expect(tileGrid(2048, 1536, 512, 64)).toHaveLength(20);
    const tiny = tileGrid(7, 5, 512, 64);
    expect(tiny).toEqual([{ x: 0, y: 0, width: 32, height: 32 }]);
    // A small model tile never degenerates into 1-px steps: overlap is capped at half a tile.
    expect(tileGrid(400, 300, 64, 64).length).toBeLessThan(200);
    expect(roundUpToStride(100)).toBe(128);
  });

  it('ramps are positive everywhere and 1 in the middle', () => {
    const w = rampWeights(512, 64);
    expect(Math.min(...w)).toBeGreaterThan(0);
    expect(w[256]).toBe(1);
    expect(w[0]).toBeLessThan(0.05);
  });
});

describe('blending', () => {
  it('a constant image tiles back to the same constant probabilities', async () => {
    const image: PixelImage = {
      widthPx: 1100,
      heightPx: 700,
      channels: 3,
      data: new Uint8Array(1100 * 700 * 3).fill(90),
    };
    const probs = await segmentImage(image, plainRunner, options);
    const first = probs.hair[0] ?? 0;
    let maxDiff = 0;
    for (const v of probs.hair) maxDiff = Math.max(maxDiff, Math.abs(v - first));
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it('a pointwise model gives the same result tiled as on one big tile, at odd sizes', async () => {
    for (const [w, h] of [
      [600, 530],
      [37, 19],
      [513, 300],
    ] as const) {
      const image = gradientImage(w, h);
      const tiled = await segmentImage(image, plainRunner, options);
      const whole = await segmentImage(image, plainRunner, { ...options, tilePx: 2048 });
      let maxDiff = 0;
      let maxSumError = 0;
      for (let k = 0; k < w * h; k += 1) {
        maxDiff = Math.max(maxDiff, Math.abs((tiled.hair[k] ?? 0) - (whole.hair[k] ?? 0)));
        const sum = (tiled.hair[k] ?? 0) + (tiled.skin[k] ?? 0) + (tiled.background[k] ?? 0);
        maxSumError = Math.max(maxSumError, Math.abs(sum - 1));
      }
      expect(maxDiff).toBeLessThan(1e-5);
      expect(maxSumError).toBeLessThan(1e-4);
    }
  });

  it('blends to the exact softmax of each class, background included', async () => {
    const image = gradientImage(600, 530);
    const probs = await segmentImage(image, pointwiseRunner(4), { ...options, pixelBlock: 4 });
    let maxError = 0;
    for (let k = 0; k < 600 * 530; k += 1) {
      const r = ((image.data[3 * k] ?? 0) / 255 - 0.5) / 0.25;
      const g = ((image.data[3 * k + 1] ?? 0) / 255 - 0.5) / 0.25;
      const e = [Math.exp(0.2), Math.exp(g), Math.exp(2 * r)];
      const sum = (e[0] ?? 0) + (e[1] ?? 0) + (e[2] ?? 0);
      maxError = Math.max(
        maxError,
        Math.abs((probs.background[k] ?? 0) - (e[0] ?? 0) / sum),
        Math.abs((probs.skin[k] ?? 0) - (e[1] ?? 0) / sum),
        Math.abs((probs.hair[k] ?? 0) - (e[2] ?? 0) / sum),
      );
    }
    expect(maxError).toBeLessThan(1e-6);
  });

  it('never leaves a negative background where rounding puts hair + skin above 1', () => {
    const sums = createBlendSums(2, 1);
    sums.hair.set([0.7, 0.25]);
    sums.skin.set([0.30001, 0.25]);
    sums.weight.set([1, 0.5]);
    const probs = finishBlend(sums);
    expect(probs.background[0]).toBe(0);
    expect(probs.background[1]).toBeCloseTo(0, 6);
    expect(probs.hair[1]).toBeCloseTo(0.5, 6);
  });

  it('reads only models with exactly the three classes', () => {
    expect(classChannels(['hair', 'skin', 'background'])).toEqual({
      hair: 0,
      skin: 1,
      background: 2,
    });
    expect(() => classChannels([...CLASSES, 'beard'])).toThrow(/exactly/);
  });

  it('a pixel-blocked model layout blends to the same probabilities as the plain one', async () => {
    for (const [w, h] of [
      [600, 530],
      [37, 19],
    ] as const) {
      const image = gradientImage(w, h);
      const plain = await segmentImage(image, plainRunner, options);
      const blocked = await segmentImage(image, pointwiseRunner(4), {
        ...options,
        pixelBlock: 4,
      });
      let maxDiff = 0;
      for (let k = 0; k < w * h; k += 1) {
        maxDiff = Math.max(
          maxDiff,
          Math.abs((plain.hair[k] ?? 0) - (blocked.hair[k] ?? 0)),
          Math.abs((plain.skin[k] ?? 0) - (blocked.skin[k] ?? 0)),
        );
      }
      expect(maxDiff).toBeLessThan(1e-6);
    }
  });

  it('lays a 4-px block out as PyTorch PixelUnshuffle does: channel c·16 + dy·4 + dx', () => {
    const image = gradientImage(8, 8);
    const out = new Float32Array(3 * 64);
    fillTileInput(image, { x: 0, y: 0, width: 8, height: 8 }, [0, 0, 0], [1, 1, 1], out, 4);
    // 48 channels of 2×2: pixel (y, x) = (yb·4 + dy, xb·4 + dx).
    for (const [y, x, c] of [
      [0, 0, 0],
      [1, 2, 1],
      [7, 5, 0],
      [6, 3, 1],
    ] as const) {
      const channel = c * 16 + (y % 4) * 4 + (x % 4);
      const at = channel * 4 + Math.floor(y / 4) * 2 + Math.floor(x / 4);
      expect(out[at]).toBeCloseTo((image.data[3 * (y * 8 + x) + c] ?? 0) / 255, 6);
    }
    expect(() =>
      fillTileInput(image, { x: 0, y: 0, width: 6, height: 8 }, [0, 0, 0], [1, 1, 1], out, 4),
    ).toThrow(/4-px blocks/);
  });

  it('reports progress per tile and stops when aborted', async () => {
    const image = gradientImage(1100, 700);
    const seen: number[] = [];
    const abort = new Error('stop');
    await expect(
      segmentImage(image, plainRunner, {
        ...options,
        onTile: (done) => seen.push(done),
        throwIfAborted: () => {
          if (seen.length === 2) throw abort;
        },
      }),
    ).rejects.toBe(abort);
    expect(seen).toEqual([1, 2]);
  });

  it('runs some tiles first, shows their hair alone, and finishes to the same blend', async () => {
    const image = gradientImage(1100, 700);
    const whole = await segmentImage(image, plainRunner, options);
    const seen: number[] = [];
    const run = startSegmentation(image, plainRunner, {
      ...options,
      onTile: (done) => seen.push(done),
    });
    expect(run.tiles).toHaveLength(6);
    await run.runTiles([5, 2, 5]);
    expect(seen).toEqual([1, 2]);
    const soFar = run.hairSoFar();
    const last = run.tiles[5]!;
    const centre = (last.y + last.height / 2) * 1100 + last.x + last.width / 2;
    expect(soFar[centre]).toBeCloseTo(whole.hair[centre]!, 5);
    // The top-left corner lies in tile 0 only, which has not run.
    expect(soFar[0]).toBe(0);
    const probs = await run.finish();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    let maxDiff = 0;
    for (let k = 0; k < 1100 * 700; k += 1) {
      maxDiff = Math.max(maxDiff, Math.abs(probs.hair[k]! - whole.hair[k]!));
    }
    expect(maxDiff).toBeLessThan(1e-5);
    await expect(run.runTiles([0])).rejects.toThrow(/finished/);
    const fresh = startSegmentation(image, plainRunner, options);
    await expect(fresh.runTiles([6])).rejects.toThrow(RangeError);
  });
});

/**
 * Wraps a runner as an asynchronous model (WebGPU) behaves: its answer comes later (a timer),
 * and it records how many runs were at the model at once, what the caller had finished when each
 * run went out, and whether any input buffer changed while the model still held it.
 */
function remoteLike(inner: TileRunner, tilesBlended: () => number) {
  const log = { maxInFlight: 0, inFlight: 0, blendedAtCall: [] as number[], changedInFlight: 0 };
  const runner: TileRunner = (input, widthPx, heightPx) => {
    const copy = input.slice();
    log.inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
    log.blendedAtCall.push(tilesBlended());
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        log.inFlight -= 1;
        if (input.some((v, k) => v !== copy[k])) log.changedInFlight += 1;
        inner(copy, widthPx, heightPx).then(resolve, reject);
      }, 2);
    });
  };
  return { runner, log };
}

describe('tile pipeline', () => {
  it('sends the next tile before blending this one, one run at a time, never touching a held buffer', async () => {
    const image = gradientImage(1100, 700);
    const whole = await segmentImage(image, plainRunner, options);
    let blended = 0;
    const { runner, log } = remoteLike(plainRunner, () => blended);
    const probs = await segmentImage(image, runner, {
      ...options,
      onTile: (done) => (blended = done),
    });
    expect(log.maxInFlight).toBe(1);
    expect(log.changedInFlight).toBe(0);
    // Tile k+1 leaves when k's logits are back but before k is blended: 0, 0, 1, 2, 3, 4.
    expect(log.blendedAtCall).toEqual([0, 0, 1, 2, 3, 4]);
    // Same tiles blended in the same order: bit-identical to the plain runner.
    let differing = 0;
    for (let k = 0; k < whole.hair.length; k += 1) {
      if (probs.hair[k] !== whole.hair[k] || probs.skin[k] !== whole.skin[k]) differing += 1;
    }
    expect(differing).toBe(0);
  });

  it('waits for the tile at the model before a failure or an abort rejects the pass', async () => {
    const image = gradientImage(1100, 700);
    let calls = 0;
    const failing: TileRunner = async (input, w, h) => {
      calls += 1;
      if (calls === 3) throw new Error('model crashed');
      return plainRunner(input, w, h);
    };
    const { runner, log } = remoteLike(failing, () => 0);
    await expect(segmentImage(image, runner, options)).rejects.toThrow('model crashed');
    expect(log.inFlight).toBe(0);

    const abort = new Error('stop');
    let blended = 0;
    const second = remoteLike(plainRunner, () => blended);
    await expect(
      segmentImage(image, second.runner, {
        ...options,
        onTile: (done) => (blended = done),
        throwIfAborted: () => {
          if (blended === 2) throw abort;
        },
      }),
    ).rejects.toBe(abort);
    // The third tile went out before the second was blended and was back before the pass
    // rejected; no fourth went out.
    expect(second.log.blendedAtCall).toEqual([0, 0, 1]);
    expect(second.log.inFlight).toBe(0);
    expect(blended).toBe(2);
  });
});
