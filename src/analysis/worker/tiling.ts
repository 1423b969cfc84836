// Tile layout and blend weights for running a fixed-size segmentation model over a larger
// image. Pure math, shared by the browser worker and the Node scripts, so both cut and blend
// images identically.

/** One tile: its top-left corner in image pixels and its size (the model input size). */
export interface TileRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Model inputs must be multiples of this (five stride-2 stages in the network). */
export const MODEL_STRIDE_PX = 32;

/** Rounds up to the next multiple of the model stride. */
export function roundUpToStride(lengthPx: number): number {
  return Math.max(MODEL_STRIDE_PX, Math.ceil(lengthPx / MODEL_STRIDE_PX) * MODEL_STRIDE_PX);
}

/**
 * Origins of tiles along one axis: evenly spread so that neighbours overlap by at least
 * `overlapPx`, the first starts at 0 and the last ends at the image edge. A length shorter than
 * the tile gives one tile at 0 (the caller pads the rest).
 */
export function axisOrigins(lengthPx: number, tilePx: number, overlapPx: number): number[] {
  if (tilePx <= overlapPx) throw new RangeError('tile must be larger than overlap');
  if (lengthPx <= tilePx) return [0];
  const count = Math.ceil((lengthPx - overlapPx) / (tilePx - overlapPx));
  const span = lengthPx - tilePx;
  const origins: number[] = [];
  for (let i = 0; i < count; i += 1) origins.push(Math.round((i * span) / (count - 1)));
  return origins;
}

/**
 * Tiles covering a width × height image. A side shorter than the nominal tile shrinks the tile
 * to that side rounded up to the stride, so tiny images are not padded to 512 for nothing.
 */
export function tileGrid(
  widthPx: number,
  heightPx: number,
  tilePx: number,
  overlapPx: number,
): TileRect[] {
  const tileW = Math.min(tilePx, roundUpToStride(widthPx));
  const tileH = Math.min(tilePx, roundUpToStride(heightPx));
  // Overlap beyond half a tile only multiplies the work.
  const xs = axisOrigins(widthPx, tileW, Math.min(overlapPx, Math.floor(tileW / 2)));
  const ys = axisOrigins(heightPx, tileH, Math.min(overlapPx, Math.floor(tileH / 2)));
  const tiles: TileRect[] = [];
  for (const y of ys) for (const x of xs) tiles.push({ x, y, width: tileW, height: tileH });
  return tiles;
}

/**
 * Linear ramp over `rampPx` pixels at both ends of a tile axis, 1 in the middle. Never zero, so
 * every pixel keeps some weight; the blend divides by the summed weight, which makes the result
 * exact wherever tiles agree (a constant image tiles back to the same constant).
 */
export function rampWeights(lengthPx: number, rampPx: number): Float32Array {
  const weights = new Float32Array(lengthPx);
  const ramp = Math.max(1, rampPx);
  for (let i = 0; i < lengthPx; i += 1) {
    const fromEdge = Math.min(i, lengthPx - 1 - i) + 0.5;
    weights[i] = Math.min(1, fromEdge / ramp);
  }
  return weights;
}
