// Cuts one tile out of an image into the model's input layout: float32 NCHW, RGB scaled to
// 0..1 and normalised with the model card's mean/std. Pixels beyond the image edge repeat the
// edge pixel, so padding never shows up as a fake dark border.
import type { PixelImage, ClassProbabilities } from './image';
import type { TileRect } from './tiling';

/** Fills `out` (length 3 × tile.width × tile.height) with the normalised tile. */
export function fillTileInput(
  image: PixelImage,
  tile: TileRect,
  mean: readonly number[],
  std: readonly number[],
  out: Float32Array,
): void {
  const { widthPx, heightPx, channels, data } = image;
  const plane = tile.width * tile.height;
  const scale = [1 / (255 * (std[0] ?? 1)), 1 / (255 * (std[1] ?? 1)), 1 / (255 * (std[2] ?? 1))];
  const shift = [
    (mean[0] ?? 0) / (std[0] ?? 1),
    (mean[1] ?? 0) / (std[1] ?? 1),
    (mean[2] ?? 0) / (std[2] ?? 1),
  ];
  const [sr = 1, sg = 1, sb = 1] = scale;
  const [hr = 0, hg = 0, hb = 0] = shift;
  for (let ty = 0; ty < tile.height; ty += 1) {
    const y = Math.min(heightPx - 1, tile.y + ty);
    const row = y * widthPx;
    for (let tx = 0; tx < tile.width; tx += 1) {
      const x = Math.min(widthPx - 1, tile.x + tx);
      const src = (row + x) * channels;
      const dst = ty * tile.width + tx;
      out[dst] = (data[src] ?? 0) * sr - hr;
      out[plane + dst] = (data[src + 1] ?? 0) * sg - hg;
      out[2 * plane + dst] = (data[src + 2] ?? 0) * sb - hb;
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
 * Softmax over the tile's logits, added with the blend weights into the accumulators; only the
 * part of the tile inside the image is used. This loop runs over every pixel of every tile, so
 * it reads typed arrays with `!` (indices are in range by construction) instead of `?? 0`.
 */
export function accumulateTile(
  logits: Float32Array,
  tile: TileRect,
  channels: ClassChannels,
  weightX: Float32Array,
  weightY: Float32Array,
  acc: ClassProbabilities,
  weightSum: Float32Array,
): void {
  const plane = tile.width * tile.height;
  const { widthPx, heightPx, hair, skin, background } = acc;
  const usedW = Math.min(tile.width, widthPx - tile.x);
  const usedH = Math.min(tile.height, heightPx - tile.y);
  const count = channels.count;
  const hairOffset = channels.hair * plane;
  const skinOffset = channels.skin * plane;
  const backgroundOffset = channels.background * plane;
  const extra: number[] = [];
  for (let c = 0; c < count; c += 1) {
    if (c !== channels.hair && c !== channels.skin && c !== channels.background)
      extra.push(c * plane);
  }
  for (let ty = 0; ty < usedH; ty += 1) {
    const wy = weightY[ty]!;
    const rowOut = (tile.y + ty) * widthPx + tile.x;
    const rowIn = ty * tile.width;
    for (let tx = 0; tx < usedW; tx += 1) {
      const src = rowIn + tx;
      const lh = logits[hairOffset + src]!;
      const ls = logits[skinOffset + src]!;
      const lb = logits[backgroundOffset + src]!;
      let max = lh > ls ? (lh > lb ? lh : lb) : ls > lb ? ls : lb;
      // Extra classes (a future model) only enter the normaliser.
      for (let c = 3; c < count; c += 1) max = Math.max(max, logits[extra[c - 3]! + src]!);
      const eh = Math.exp(lh - max);
      const es = Math.exp(ls - max);
      const eb = Math.exp(lb - max);
      let sum = eh + es + eb;
      for (let c = 3; c < count; c += 1) sum += Math.exp(logits[extra[c - 3]! + src]! - max);
      const weight = wy * weightX[tx]!;
      const w = weight / sum;
      const k = rowOut + tx;
      hair[k]! += w * eh;
      skin[k]! += w * es;
      background[k]! += w * eb;
      weightSum[k]! += weight;
    }
  }
}
