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

/** Index of each needed class in the model's output channels. */
export interface ClassChannels {
  background: number;
  skin: number;
  hair: number;
  count: number;
}

export function classChannels(classes: readonly string[]): ClassChannels {
  const at = (name: string): number => {
    const index = classes.indexOf(name);
    if (index < 0) throw new Error(`model has no "${name}" class`);
    return index;
  };
  return {
    background: at('background'),
    skin: at('skin'),
    hair: at('hair'),
    count: classes.length,
  };
}

/**
 * Softmax over the tile's logits (in the model's blocked layout), added with the blend weights
 * into the accumulators; only the part of the tile inside the image is used. This loop runs over
 * every pixel of every tile, so it reads typed arrays with `!` (indices are in range by
 * construction) instead of `?? 0`, and takes the softmax relative to the hair logit: two exp()
 * per pixel instead of three, with no max pass, through fastExp.
 */
export function accumulateTile(
  logits: Float32Array,
  tile: TileRect,
  channels: ClassChannels,
  weightX: Float32Array,
  weightY: Float32Array,
  acc: ClassProbabilities,
  weightSum: Float32Array,
  block: number = 1,
): void {
  assertBlockFits(tile, block);
  const blockPlane = (tile.width * tile.height) / (block * block);
  const blockRow = tile.width / block;
  const channelStride = block * block * blockPlane;
  const { widthPx, heightPx, hair, skin, background } = acc;
  const usedW = Math.min(tile.width, widthPx - tile.x);
  const usedH = Math.min(tile.height, heightPx - tile.y);
  const hairOffset = channels.hair * channelStride;
  const skinOffset = channels.skin * channelStride;
  const backgroundOffset = channels.background * channelStride;
  // Extra classes (a future model) only enter the normaliser.
  const extra: number[] = [];
  for (let c = 0; c < channels.count; c += 1) {
    if (c !== channels.hair && c !== channels.skin && c !== channels.background)
      extra.push(c * channelStride);
  }
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
        let sum = 1 + es + eb;
        for (let e = 0; e < extra.length; e += 1) sum += fastExp(logits[extra[e]! + src]! - lh);
        const weight = wy * weightX[tx]!;
        const w = weight / sum;
        const k = rowOut + tx;
        hair[k]! += w;
        skin[k]! += w * es;
        background[k]! += w * eb;
        weightSum[k]! += weight;
      }
    }
  }
}
