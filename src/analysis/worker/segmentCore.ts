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
  // Every tile has the same size, so one pair of ramps serves all. Two input buffers: the next
  // tile is normalised into one while the model still reads the other (see runTiles).
  const inputs = [0, 1].map(() => new Float32Array(3 * first.width * first.height));
  const weightX = rampWeights(first.width, Math.min(options.overlapPx, first.width / 2));
  const weightY = rampWeights(first.height, Math.min(options.overlapPx, first.height / 2));
  const done = new Uint8Array(tiles.length);
  let doneCount = 0;
  let finished = false;

  /** The listed tiles not run yet, once each, in order; an unknown index throws before any runs. */
  function tilesToRun(indices: Iterable<number>): { index: number; tile: TileRect }[] {
    const todo = new Map<number, TileRect>();
    for (const index of indices) {
      const tile = tiles[index];
      if (!tile) throw new RangeError(`no tile ${index} of ${tiles.length}`);
      if (!done[index]) todo.set(index, tile);
    }
    return [...todo].map(([index, tile]) => ({ index, tile }));
  }

  function fill(tile: TileRect, slot: number): Float32Array {
    const input = inputs[slot]!;
    fillTileInput(image, tile, options.mean, options.std, input, block);
    return input;
  }

  // A two-stage pipeline with one run at the model at a time: while tile k runs, tile k+1 is
  // normalised; as soon as k's logits arrive, k+1 goes to the model and k is blended. Where
  // session.run really runs elsewhere (WebGPU: the GPU works while this thread waits) the
  // JavaScript either side of the network overlaps it. On wasm, which computes on this thread
  // inside the call, only the order of work changes, not the result: tiles are still blended
  // one after another in the listed order. (Moving wasm into a worker of its own to get the
  // overlap there was measured and dropped: MODEL_CARD.md, Speed.)
  async function runTiles(indices: Iterable<number>): Promise<void> {
    if (finished) throw new Error('this segmentation pass is already finished');
    const todo = tilesToRun(indices);
    const head = todo[0]?.tile;
    if (!head) return;
    options.throwIfAborted?.();
    let inFlight: Promise<Float32Array> | undefined = runTile(
      fill(head, 0),
      head.width,
      head.height,
    );
    try {
      for (let k = 0; k < todo.length; k += 1) {
        const { index, tile } = todo[k]!;
        const next = todo[k + 1]?.tile;
        // The other buffer is free: its last run (tile k−1) has resolved.
        const nextInput = next ? fill(next, (k + 1) % 2) : undefined;
        const logits: Float32Array = await inFlight!;
        inFlight = undefined;
        if (next) {
          options.throwIfAborted?.();
          inFlight = runTile(nextInput!, next.width, next.height);
        }
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
    } finally {
      // On an error or an abort with a tile still at the model, let that run end before its
      // buffer can be refilled by a later call, and keep its own failure from going unhandled.
      if (inFlight) await inFlight.catch(() => undefined);
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
