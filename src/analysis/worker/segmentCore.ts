// The segmentation core: tiles an analysis-scale image, runs each tile through a model, and
// blends the per-tile softmax into whole-image class probabilities. It knows nothing about
// onnxruntime, workers or files: the caller hands in a `TileRunner`, so the browser worker,
// the eval script, the segment CLI and the tests all run exactly this code.
import { assertPixelImage, type ClassProbabilities, type PixelImage } from './image';
import {
  accumulateTile,
  classChannels,
  createBlendSums,
  fillTileInput,
  finishBlend,
} from './preprocess';
import { rampWeights, tileGrid, type TileRect } from './tiling';

/**
 * Runs the model on one normalised tile in the model's layout (NCHW with `pixelBlock`² channels
 * per colour at 1/pixelBlock resolution); resolves to logits in the same layout, flattened.
 */
export type TileRunner = (
  input: Float32Array,
  widthPx: number,
  heightPx: number,
) => Promise<Float32Array>;

export interface SegmentOptions {
  /** Nominal tile side (the model card's inputSize, 512). */
  tilePx: number;
  /** Minimum overlap between neighbouring tiles; also the blend ramp length. */
  overlapPx: number;
  mean: readonly number[];
  std: readonly number[];
  /** Model output classes in channel order. */
  classes: readonly string[];
  /** The model card's pixelBlock (input and output layout); 1 when absent. */
  pixelBlock?: number;
  /** Called after each tile with (done, total). */
  onTile?: (done: number, total: number) => void;
  /** Checked between tiles; a thrown error (e.g. an AbortError) stops the run. */
  throwIfAborted?: () => void;
}

/** Default overlap: an eighth of the tile, enough for the receptive field edge effects. */
export const DEFAULT_OVERLAP_PX = 64;

/**
 * One model pass over an image, tile by tile: the caller may run some tiles, look at what they
 * found (`hairSoFar`), and then finish the rest or drop the pass. A finished pass is the same
 * blend whatever order its tiles ran in.
 */
export interface TiledSegmentation {
  readonly tiles: readonly TileRect[];
  /** Runs the listed tiles that have not run yet, in that order. */
  runTiles: (indices: Iterable<number>) => Promise<void>;
  /** p(hair) wherever a tile has run so far, 0 elsewhere (a fresh array). */
  hairSoFar: () => Float32Array;
  /** Runs every tile not yet run and blends; the pass is spent afterwards. */
  finish: () => Promise<ClassProbabilities>;
}

export function startSegmentation(
  image: PixelImage,
  runTile: TileRunner,
  options: SegmentOptions,
): TiledSegmentation {
  assertPixelImage(image);
  const { widthPx, heightPx } = image;
  const channels = classChannels(options.classes);
  const block = options.pixelBlock ?? 1;
  const tiles = tileGrid(widthPx, heightPx, options.tilePx, options.overlapPx);
  const sums = createBlendSums(widthPx, heightPx);
  const first = tiles[0];
  if (!first) throw new Error('no tiles');
  // Every tile has the same size, so one input buffer and one pair of ramps serve all.
  const input = new Float32Array(3 * first.width * first.height);
  const weightX = rampWeights(first.width, Math.min(options.overlapPx, first.width / 2));
  const weightY = rampWeights(first.height, Math.min(options.overlapPx, first.height / 2));
  const done = new Uint8Array(tiles.length);
  let doneCount = 0;
  let finished = false;

  async function runTiles(indices: Iterable<number>): Promise<void> {
    if (finished) throw new Error('this segmentation pass is already finished');
    for (const index of indices) {
      const tile = tiles[index];
      if (!tile) throw new RangeError(`no tile ${index} of ${tiles.length}`);
      if (done[index]) continue;
      options.throwIfAborted?.();
      fillTileInput(image, tile, options.mean, options.std, input, block);
      const logits = await runTile(input, tile.width, tile.height);
      if (logits.length !== 3 * tile.width * tile.height) {
        throw new Error(
          `model returned ${logits.length} values for a ${tile.width}×${tile.height} tile with 3 classes`,
        );
      }
      accumulateTile(logits, tile, channels, weightX, weightY, sums, block);
      done[index] = 1;
      doneCount += 1;
      options.onTile?.(doneCount, tiles.length);
    }
  }

  return {
    tiles,
    runTiles,
    hairSoFar: () => {
      const hair = new Float32Array(sums.hair.length);
      for (let k = 0; k < hair.length; k += 1) {
        const w = sums.weight[k]!;
        if (w > 0) hair[k] = sums.hair[k]! / w;
      }
      return hair;
    },
    finish: async () => {
      await runTiles(tiles.keys());
      finished = true;
      return finishBlend(sums);
    },
  };
}

export async function segmentImage(
  image: PixelImage,
  runTile: TileRunner,
  options: SegmentOptions,
): Promise<ClassProbabilities> {
  return startSegmentation(image, runTile, options).finish();
}
