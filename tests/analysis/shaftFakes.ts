// Fakes shared by the shaft-rule tests: striped photos with known shaft widths, and a "model"
// that calls dark pixels hair and records what it was given.
import type { PixelImage } from '../../src/analysis/worker/image';
import type { OrtModel } from '../../src/analysis/worker/ortModel';
import type { TileRunner } from '../../src/analysis/worker/segmentCore';
import { testModelMeta } from './testMeta';

/**
 * A w×h image with vertical dark bars `barPx` wide every `periodPx` on light skin, the first one
 * `barPx` in from the left edge (a shaft lying along the frame edge reads wider: the frame is
 * not background).
 */
export function bars(w: number, h: number, barPx: number, periodPx: number): PixelImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const v = (x + periodPx - barPx) % periodPx < barPx ? 30 : 220;
      data.set([v, v, v], 3 * (y * w + x));
    }
  }
  return { widthPx: w, heightPx: h, channels: 3, data };
}

/** A "model" that calls dark pixels hair and records the tile sizes it was given. */
export function darkModel(sizes: number[][]): OrtModel {
  const runTile: TileRunner = async (input, widthPx, heightPx) => {
    sizes.push([widthPx, heightPx]);
    const plane = widthPx * heightPx;
    const out = new Float32Array(3 * plane);
    for (let k = 0; k < plane; k += 1) {
      const dark = (input[k] ?? 0) < -1;
      out[k] = -4; // background
      out[plane + k] = dark ? -4 : 4; // skin
      out[2 * plane + k] = dark ? 4 : -4; // hair
    }
    return out;
  };
  return {
    meta: testModelMeta(512),
    backend: 'wasm',
    runTile,
    loadMs: 0,
    warmupMs: 0,
    release: async () => {},
  };
}
