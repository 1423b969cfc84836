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
import { rampWeights, tileGrid } from './tiling';

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

export async function segmentImage(
  image: PixelImage,
  runTile: TileRunner,
  options: SegmentOptions,
): Promise<ClassProbabilities> {
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
  for (const [index, tile] of tiles.entries()) {
    options.throwIfAborted?.();
    fillTileInput(image, tile, options.mean, options.std, input, block);
    const logits = await runTile(input, tile.width, tile.height);
    if (logits.length !== 3 * tile.width * tile.height) {
      throw new Error(
        `model returned ${logits.length} values for a ${tile.width}×${tile.height} tile with 3 classes`,
      );
    }
    accumulateTile(logits, tile, channels, weightX, weightY, sums, block);
    options.onTile?.(index + 1, tiles.length);
  }
  return finishBlend(sums);
}
