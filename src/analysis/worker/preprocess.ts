// Cuts one tile out of an image into the model's input layout, and blends the model's output
// back. Both sides may be "pixel-blocked" (docs/CONTRACTS.md, `pixelBlock`): each b×b block of
// pixels travels as b² channels at 1/b resolution, channel = c·b² + dy·b + dx (PyTorch's
// PixelUnshuffle / PixelShuffle). The rearrangement happens here, inside loops that touch every
// pixel anyway, instead of as two full-resolution copies inside the ONNX graph. b = 1 is plain
// NCHW.
import { fastExp } from './fastExp';
import type { PixelImage, ClassProbabilities } from './image';
import type { TileRect } from './tiling';

/** Checks that a tile splits into whole pixel blocks. */
export function assertBlockFits(tile: TileRect, block: number): void {
  if (!Number.isInteger(block) || block < 1 || tile.width % block || tile.height % block) {
    throw new RangeError(
      `a ${tile.width}×${tile.height} tile does not split into ${block}-px blocks`,
    );
  }
}

/**
 * Fills `out` (length 3 × tile.width × tile.height) with the tile's RGB scaled to 0..1 and
 * normalised with the model card's mean/std, in the model's (blocked) NCHW layout. Pixels beyond
 * the image edge repeat the edge pixel, so padding never shows up as a fake dark border.
 */
export function fillTileInput(
  image: PixelImage,
  tile: TileRect,
  mean: readonly number[],
  std: readonly number[],
  out: Float32Array,
  block: number = 1,
): void {
  assertBlockFits(tile, block);
  const { widthPx, heightPx, channels, data } = image;
  const blockPlane = (tile.width * tile.height) / (block * block);
  const blockRow = tile.width / block;
  // Channel c of sub-position (dy, dx) starts at (c·b² + dy·b + dx) · blockPlane.
  const channelStride = block * block * blockPlane;
  const [sr = 1, sg = 1, sb = 1] = std.map((s) => 1 / (255 * s));
  const [hr = 0, hg = 0, hb = 0] = mean.map((m, c) => m / (std[c] ?? 1));
  for (let ty = 0; ty < tile.height; ty += 1) {
    const y = Math.min(heightPx - 1, tile.y + ty);
    const row = y * widthPx;
    const dy = ty % block;
    const rowBase = dy * block * blockPlane + ((ty - dy) / block) * blockRow;
    // tx = xb·b + dx, sub-position outermost: each inner loop writes one contiguous run.
    for (let dx = 0; dx < block; dx += 1) {
      const base = rowBase + dx * blockPlane;
      for (let xb = 0, tx = dx; xb < blockRow; xb += 1, tx += block) {
        const x = Math.min(widthPx - 1, tile.x + tx);
        const src = (row + x) * channels;
        const dst = base + xb;
        out[dst] = data[src]! * sr - hr;
        out[channelStride + dst] = data[src + 1]! * sg - hg;
        out[2 * channelStride + dst] = data[src + 2]! * sb - hb;
      }
    }
  }
}

/** Index of each class in the model's output channels. */
export interface ClassChannels {
  background: number;
  skin: number;
  hair: number;
}

/**
 * The card must name exactly background, skin and hair (any order): the blend keeps only hair
 * and skin and derives background as the rest, which is exact only for three classes.
 */
export function classChannels(classes: readonly string[]): ClassChannels {
  const at = (name: string): number => {
    const index = classes.indexOf(name);
    if (index < 0) throw new Error(`model has no "${name}" class`);
    return index;
  };
  const channels = { background: at('background'), skin: at('skin'), hair: at('hair') };
  if (classes.length !== 3) {
    throw new Error(
      `model has ${classes.length} classes; the app reads exactly background, skin, hair`,
    );
  }
  return channels;
}

/**
 * Running sums of one segmentation: blend-weighted hair and skin probabilities and the blend
 * weight itself, per pixel. Background needs no sum of its own: each tile adds exactly its blend
 * weight across the three classes, so background = weight − hair − skin (`finishBlend`).
 */
export interface BlendSums {
  widthPx: number;
  heightPx: number;
  hair: Float32Array;
  skin: Float32Array;
  weight: Float32Array;
}

export function createBlendSums(widthPx: number, heightPx: number): BlendSums {
  const pixels = widthPx * heightPx;
  return {
    widthPx,
    heightPx,
    hair: new Float32Array(pixels),
    skin: new Float32Array(pixels),
    weight: new Float32Array(pixels),
  };
}

/**
 * Softmax over the tile's logits (in the model's blocked layout), added with the blend weights
 * into the sums; only the part of the tile inside the image is used. This loop runs over every
 * pixel of every tile, so it reads typed arrays with `!` (indices are in range by construction)
 * instead of `?? 0`, and takes the softmax relative to the hair logit: two exp() per pixel
 * instead of three, with no max pass, through fastExp.
 */
export function accumulateTile(
  logits: Float32Array,
  tile: TileRect,
  channels: ClassChannels,
  weightX: Float32Array,
  weightY: Float32Array,
  sums: BlendSums,
  block: number = 1,
): void {
  assertBlockFits(tile, block);
  const blockPlane = (tile.width * tile.height) / (block * block);
  const blockRow = tile.width / block;
  const channelStride = block * block * blockPlane;
  const { widthPx, heightPx, hair, skin, weight } = sums;
  const usedW = Math.min(tile.width, widthPx - tile.x);
  const usedH = Math.min(tile.height, heightPx - tile.y);
  const hairOffset = channels.hair * channelStride;
  const skinOffset = channels.skin * channelStride;
  const backgroundOffset = channels.background * channelStride;
  for (let ty = 0; ty < usedH; ty += 1) {
    const wy = weightY[ty]!;
    const rowOut = (tile.y + ty) * widthPx + tile.x;
    const dy = ty % block;
    const rowBase = dy * block * blockPlane + ((ty - dy) / block) * blockRow;
    // Sub-position outermost, as in fillTileInput: contiguous reads from each logit plane.
    for (let dx = 0; dx < block; dx += 1) {
      const base = rowBase + dx * blockPlane;
      for (let xb = 0, tx = dx; tx < usedW; xb += 1, tx += block) {
        const src = base + xb;
        const lh = logits[hairOffset + src]!;
        const es = fastExp(logits[skinOffset + src]! - lh);
        const eb = fastExp(logits[backgroundOffset + src]! - lh);
        const w = wy * weightX[tx]!;
        const hairShare = w / (1 + es + eb);
        const k = rowOut + tx;
        hair[k]! += hairShare;
        skin[k]! += hairShare * es;
        weight[k]! += w;
      }
    }
  }
}

/**
 * Turns the sums into probabilities, in place: the weight array becomes the background plane
 * (saving a fourth whole-image array). Rounding can leave hair + skin a hair above 1, so
 * background is clamped at 0.
 */
export function finishBlend(sums: BlendSums): ClassProbabilities {
  const { widthPx, heightPx, hair, skin, weight } = sums;
  for (let k = 0; k < hair.length; k += 1) {
    const inverse = 1 / weight[k]!;
    const h = hair[k]! * inverse;
    const s = skin[k]! * inverse;
    hair[k] = h;
    skin[k] = s;
    const rest = 1 - h - s;
    weight[k] = rest > 0 ? rest : 0;
  }
  return { widthPx, heightPx, hair, skin, background: weight };
}
