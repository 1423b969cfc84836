// Counts hairs in a trichoscopy close-up from the segmenter's hair plane, for hairs per cm²
// (DOMAIN.md: "a trichoscopy close-up at a fixed spot with a known field of view gives hairs
// per cm²"). A hair seen in the field is a line with two ends — its tip, its root where it
// leaves the skin, or where it leaves the field — and hairs that cross only meet, they do not
// end. So the mask is closed (the model often finds a wide shaft's two edges, not its core),
// thinned to its centre lines, the spurs a ragged outline leaves are pruned, and each connected
// region counts half its ends, plus one hidden end per junction where an odd number of lines
// meet (a hair ending on or under another). Shafts lying along or over one another read as
// one, and the model's broken shafts and stray lines add ends: experimental, errs by about
// half on held-out close-ups (MODEL_CARD.md, "Hair count"). A correction of that count by hair
// length and shaft width (hairCountCalibration.ts) was measured in stop 28 and is off.
//
// Only where shafts are several pixels wide can they be told apart; a phone photo of the scalp,
// where a hair is 1–3 px and dense hair is a texture, gets no count, never a guessed one.
import {
  branchCount,
  NEIGHBOUR_OFFSETS,
  thinInPlace,
  type BinaryImage,
} from '../../lib/binaryThinning';
import { chamferDistance, closeBinary } from '../../lib/chamferDistance';
import { labelComponents } from '../../lib/connectedComponents';
import { calibratedHairCount, HAIR_COUNTER_VERSION } from './hairCountCalibration';
import type { ClassProbabilities } from './image';
import { RULE_COUNTER_VERSION } from '../../domain/analysis';
import { shaftMaskStats, widthFromStats, type ShaftMaskStats } from './shaftScale';

/** Below this typical shaft width (px at the analysis scale) hairs are not counted. */
export const MIN_COUNT_SHAFT_WIDTH_PX = 4;
/** The mask is block-shrunk so a typical shaft is about this wide before it is thinned. */
const THINNING_SHAFT_WIDTH_PX = 6;
/** Hair probability from which a pixel is part of a shaft, for counting. */
const COUNT_PROBABILITY = 0.5;

/**
 * A hair in the frame is at most about this many frame diagonals long (a curl runs longer than
 * the diagonal, not much longer), so the hair area a reading found, over the shaft width, puts a
 * floor under the count.
 */
const MAX_HAIR_LENGTH_DIAGONALS = 1.5;

/**
 * 'too-thin': shafts too narrow to separate; 'mat': hair fills the frame; 'unclear': the count
 * is below what the hair area found needs (tangled, blurred or unsure hair, whose regions the
 * counter drops), so a count would be a guess.
 */
export type HairCountReason = 'too-thin' | 'mat' | 'unclear';

export interface HairCountReading {
  /** Hairs in the frame; absent where they cannot be told apart (`reason` says why). */
  hairs?: number;
  /** The rule counter's own count (line ends), before the calibration; with `hairs`. */
  ruleHairs?: number;
  /** Which counter made `hairs`: RULE_COUNTER_VERSION, the network's, or HAIR_COUNTER_VERSION. */
  counter?: string;
  reason?: HairCountReason;
  /** Typical shaft width, px at the analysis scale (absent without hair). */
  shaftWidthPx?: number;
  /** Share of the frame that is scalp (hair + skin, soft sums), percent: the area counted. */
  scalpPct: number;
}

/** Whole-factor block mean of a plane, thresholded: the shrunk shaft mask. */
function shrunkMask(
  plane: Float32Array,
  w: number,
  h: number,
  k: number,
): BinaryImage & { mean: Float32Array } {
  const sw = Math.ceil(w / k);
  const sh = Math.ceil(h / k);
  const sums = new Float32Array(sw * sh);
  const counts = new Uint16Array(sw * sh);
  for (let y = 0; y < h; y += 1) {
    const row = Math.floor(y / k) * sw;
    for (let x = 0; x < w; x += 1) {
      const j = row + Math.floor(x / k);
      sums[j]! += plane[y * w + x]!;
      counts[j]! += 1;
    }
  }
  const data = new Uint8Array(sw * sh);
  for (let j = 0; j < data.length; j += 1) {
    sums[j] = sums[j]! / counts[j]!;
    data[j] = sums[j]! >= COUNT_PROBABILITY ? 1 : 0;
  }
  return { widthPx: sw, heightPx: sh, data, mean: sums };
}

/**
 * Fills holes smaller than `maxHolePx` (a shaft's bright core or highlight read as skin would
 * otherwise thin to a loop) and clears hair specks smaller than `minSpeckPx` (dots, pores).
 */
function cleanMask(mask: BinaryImage, maxHolePx: number, minSpeckPx: number): void {
  const { widthPx: w, heightPx: h, data } = mask;
  const holes = labelComponents(data, w, h, 0, false);
  for (let k = 0; k < data.length; k += 1) {
    const l = holes.labels[k]!;
    if (l > 0 && !holes.touchesBorder[l - 1] && holes.sizes[l - 1]! < maxHolePx) data[k] = 1;
  }
  const specks = labelComponents(data, w, h, 1, true);
  for (let k = 0; k < data.length; k += 1) {
    const l = specks.labels[k]!;
    if (l > 0 && specks.sizes[l - 1]! < minSpeckPx) data[k] = 0;
  }
}

/**
 * Walks from an end of the skeleton until a junction, another end or `maxSteps` pixels. Returns
 * the pixels walked (the junction excluded) when it reached a junction within `maxSteps`: a spur.
 */
function spurFrom(skel: BinaryImage, start: number, maxSteps: number): number[] | undefined {
  const { widthPx: w, heightPx: h, data } = skel;
  const path = [start];
  const onPath = new Set(path);
  let cur = start;
  for (let step = 0; step < maxSteps; step += 1) {
    const x = cur % w;
    const y = (cur - x) / w;
    let next = -1;
    // Orthogonal steps first: on a staircase the diagonal is a shortcut past a path pixel.
    for (const order of [0, 1]) {
      for (const [dx, dy] of NEIGHBOUR_OFFSETS) {
        if ((dx !== 0 && dy !== 0 ? 1 : 0) !== order) continue;
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const n = ny * w + nx;
        if (data[n] === 1 && !onPath.has(n)) {
          next = n;
          break;
        }
      }
      if (next >= 0) break;
    }
    if (next < 0) return undefined; // an isolated line: both ends are real
    const nx = next % w;
    if (branchCount(skel, nx, (next - nx) / w) >= 3) return path;
    path.push(next);
    onPath.add(next);
    cur = next;
  }
  return undefined;
}

function isEnd(skel: BinaryImage, k: number): boolean {
  const x = k % skel.widthPx;
  return branchCount(skel, x, (k - x) / skel.widthPx) === 1;
}

/** Clears spurs (ends that reach a junction within `maxSteps`), twice: a fork can hide one. */
function pruneSpurs(skel: BinaryImage, maxSteps: number): void {
  for (let round = 0; round < 2; round += 1) {
    const ends: number[] = [];
    for (let k = 0; k < skel.data.length; k += 1)
      if (skel.data[k] === 1 && isEnd(skel, k)) ends.push(k);
    for (const end of ends) {
      if (skel.data[end] !== 1) continue;
      const spur = spurFrom(skel, end, maxSteps);
      if (spur) for (const k of spur) skel.data[k] = 0;
    }
  }
}

/** The counter's settings (chosen on the validation count set: scripts/hairCountSweep.ts). */
export interface HairCountOptions {
  /** Percentile of the centre line's local widths taken as one shaft's width. */
  singleWidthPercentile: number;
  /** Lines shorter than this many single-shaft widths are not hairs (fragments, dots). */
  minLengthWidths: number;
  /** Also count a line whose area holds several shafts' worth (shafts lying side by side). */
  countByWidth: boolean;
  /**
   * Regions whose mean hair probability is below this are not hairs: the segmenter's stray
   * calls (bubble rims, skin lines, lesion network) are faint where real shafts are near 1.
   */
  minMeanProbability: number;
  /**
   * Add an end for every junction where an odd number of lines meet: lines only cross (an even
   * number), so at an odd one a hair ends on or under another — a T, or two hairs from one
   * follicle — and its end is hidden.
   */
  junctionParity: boolean;
  /**
   * Closing radius, in shaft widths, before thinning: the segmenter often finds a wide shaft's
   * two dark edges and not its bright core, and each edge would count as a hair.
   */
  closeWidths: number;
  /**
   * Correct the count for what the rule gets wrong by hair length and shaft width
   * (hairCountCalibration.ts): measured, not adopted (off in DEFAULT_HAIR_COUNT_OPTIONS).
   */
  calibrate?: boolean;
}

/**
 * The setting with the lowest mean relative error through the app's path on the validation
 * count set (72 close-ups, seeds 8,300,000+; `npx tsx scripts/hairCountSweep.ts`, 96 settings):
 * 41.4 % there, bias −2.4 %. MODEL_CARD.md, "Hair count", has the held-out figures.
 */
export const DEFAULT_HAIR_COUNT_OPTIONS: HairCountOptions = {
  singleWidthPercentile: 0.5,
  minLengthWidths: 3,
  countByWidth: false,
  minMeanProbability: 0.8,
  junctionParity: true,
  closeWidths: 1,
  // Measured in stop 28 and not adopted: it read validation closer but held-out worse, adding
  // hairs where a few clear shafts are all there is (MODEL_CARD.md, Hair count).
  calibrate: false,
};

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * The skeleton's junctions, those within `radius` px of each other merged into one (a crossing
 * thins to two forks joined by a short bridge), each with the number of lines leaving it and
 * one of its pixels.
 */
function junctions(skel: BinaryImage, radius: number): { pixel: number; lines: number }[] {
  const { widthPx: w, heightPx: h, data } = skel;
  const near = new Uint8Array(w * h);
  for (let k = 0; k < data.length; k += 1) {
    if (data[k] !== 1) continue;
    const x = k % w;
    const y = (k - x) / w;
    if (branchCount(skel, x, y) < 3) continue;
    for (let dy = -radius; dy <= radius; dy += 1) {
      for (let dx = -radius; dx <= radius; dx += 1) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < w && ny < h && data[ny * w + nx] === 1)
          near[ny * w + nx] = 1;
      }
    }
  }
  const nodes = labelComponents(near, w, h, 1, true);
  const rest = new Uint8Array(w * h);
  for (let k = 0; k < data.length; k += 1) rest[k] = data[k] === 1 && near[k] === 0 ? 1 : 0;
  const lines = labelComponents(rest, w, h, 1, true);
  const leaving = nodes.sizes.map(() => new Set<number>());
  const pixel = new Array<number>(nodes.sizes.length).fill(-1);
  for (let k = 0; k < data.length; k += 1) {
    const node = nodes.labels[k]! - 1;
    if (node < 0) continue;
    if (pixel[node] === -1) pixel[node] = k;
    const x = k % w;
    const y = (k - x) / w;
    for (const [dx, dy] of NEIGHBOUR_OFFSETS) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      const line = lines.labels[ny * w + nx]!;
      if (line > 0) leaving[node]!.add(line);
    }
  }
  return leaving.map((set, i) => ({ pixel: pixel[i]!, lines: set.size }));
}

/**
 * Hairs per connected shaft region of the mask: half the ends of its pruned centre lines (at
 * least one), or, where shafts lie side by side, its area over one shaft's width times its
 * length, whichever is more.
 */
function countRegions(
  mask: BinaryImage & { mean: Float32Array },
  skel: BinaryImage,
  options: HairCountOptions,
): number {
  const { widthPx: w, heightPx: h } = mask;
  const regions = labelComponents(mask.data, w, h, 1, true);
  const n = regions.sizes.length;
  // Mean hair probability over the pixels the segmenter called hair: those the closing filled
  // in are low by design, and counting them sank whole webs of dense, sure shafts.
  const probability = new Array<number>(n).fill(0);
  const called = new Array<number>(n).fill(0);
  for (let k = 0; k < mask.data.length; k += 1) {
    const l = regions.labels[k]! - 1;
    if (l < 0 || mask.mean[k]! < COUNT_PROBABILITY) continue;
    probability[l]! += mask.mean[k]!;
    called[l]! += 1;
  }
  const ends = new Array<number>(n).fill(0);
  const length = new Array<number>(n).fill(0);
  const distance = chamferDistance(mask);
  const widths: number[] = [];
  for (let k = 0; k < skel.data.length; k += 1) {
    if (skel.data[k] !== 1) continue;
    const l = regions.labels[k]! - 1;
    if (l < 0) continue;
    length[l]! += 1;
    if (isEnd(skel, k)) ends[l]! += 1;
    widths.push(Math.max(1, 2 * distance[k]! - 1));
  }
  const single = Math.max(1, percentile(widths, options.singleWidthPercentile));
  if (options.junctionParity) {
    for (const { pixel, lines } of junctions(skel, Math.max(1, Math.round(single / 2)))) {
      const l = regions.labels[pixel]! - 1;
      if (l >= 0 && lines % 2 === 1) ends[l]! += 1;
    }
  }
  let hairs = 0;
  for (let i = 0; i < n; i += 1) {
    // A shaft's centre line stops half a width short of each end.
    const shaftLength = length[i]! + (ends[i]! * single) / 2;
    if (length[i] === 0 || shaftLength < options.minLengthWidths * single) continue;
    if (called[i] === 0 || probability[i]! / called[i]! < options.minMeanProbability) continue;
    const byEnds = Math.max(1, Math.round(ends[i]! / 2));
    const byWidth = options.countByWidth
      ? Math.round(regions.sizes[i]! / (single * shaftLength))
      : 0;
    hairs += Math.max(byEnds, byWidth);
  }
  return hairs;
}

/**
 * Whether a hair plane can be counted: no hair at all, a mat (hair over 80 % of the frame: no
 * width), shafts under `minShaftWidthPx`, or the hair statistics and typical width to count with.
 * Shared by the rule counter and the counting network's input (countInput.ts).
 */
export function countGate(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair'>,
  minShaftWidthPx: number,
):
  | { empty: true }
  | { reason: 'mat' | 'too-thin'; shaftWidthPx?: number }
  | { stats: ShaftMaskStats; shaftWidthPx: number } {
  const stats = shaftMaskStats(probs.hair, probs.widthPx, probs.heightPx);
  if (stats.area === 0) return { empty: true };
  const shaftWidthPx = widthFromStats(stats);
  if (shaftWidthPx === undefined) return { reason: 'mat' };
  if (shaftWidthPx < minShaftWidthPx) return { reason: 'too-thin', shaftWidthPx };
  return { stats, shaftWidthPx };
}

/**
 * The fewest hairs `hairAreaPx` of hair with this typical width can hold in a frame (no hair is
 * longer than MAX_HAIR_LENGTH_DIAGONALS frame diagonals): a count below it is no count.
 */
export function fewestHairs(
  hairAreaPx: number,
  shaftWidthPx: number,
  widthPx: number,
  heightPx: number,
): number {
  return Math.floor(
    hairAreaPx / (shaftWidthPx * MAX_HAIR_LENGTH_DIAGONALS * Math.hypot(widthPx, heightPx)),
  );
}

export function scalpPct(probs: Pick<ClassProbabilities, 'hair' | 'skin'>): number {
  let scalp = 0;
  for (let k = 0; k < probs.hair.length; k += 1) scalp += probs.hair[k]! + probs.skin[k]!;
  return probs.hair.length > 0 ? (100 * scalp) / probs.hair.length : 0;
}

/**
 * `minShaftWidthPx`: below it the reading is 'too-thin' and nothing is counted (a caller that
 * knows no view, like `npm run segment`, asks for more than the app's MIN_COUNT_SHAFT_WIDTH_PX).
 */
export function countHairs(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'>,
  options: HairCountOptions = DEFAULT_HAIR_COUNT_OPTIONS,
  minShaftWidthPx: number = MIN_COUNT_SHAFT_WIDTH_PX,
): HairCountReading {
  const { widthPx: w, heightPx: h, hair } = probs;
  const scalp = scalpPct(probs);
  const counter = options.calibrate ? HAIR_COUNTER_VERSION : RULE_COUNTER_VERSION;
  const gate = countGate(probs, minShaftWidthPx);
  if ('empty' in gate) return { hairs: 0, counter, scalpPct: scalp };
  if ('reason' in gate) return { ...gate, scalpPct: scalp };
  const { stats, shaftWidthPx } = gate;
  const k = Math.max(1, Math.floor(shaftWidthPx / THINNING_SHAFT_WIDTH_PX));
  const mask = shrunkMask(hair, w, h, k);
  const width = shaftWidthPx / k;
  const closed = closeBinary(mask, options.closeWidths * width);
  mask.data.set(closed.data);
  cleanMask(mask, width * width * 1.5, width * width);
  const skeleton = { ...mask, data: mask.data.slice() };
  thinInPlace(skeleton);
  pruneSpurs(skeleton, Math.max(2, Math.round(width)));
  const hairs = countRegions(mask, skeleton, options);
  // A dense phone photo of the scalp once read "0 hairs" at 62 % hair: its merged patches all
  // fell under the counter's probability cut. Fewer hairs than the area could hold is no count.
  if (hairs < fewestHairs(stats.area, shaftWidthPx, w, h))
    return { reason: 'unclear', shaftWidthPx, scalpPct: scalp };
  if (!options.calibrate) {
    return { hairs, counter, shaftWidthPx, scalpPct: scalp };
  }
  return {
    hairs: calibratedHairCount({
      ruleHairs: hairs,
      hairAreaPx: stats.area,
      shaftWidthPx,
      widthPx: w,
      heightPx: h,
    }),
    ruleHairs: hairs,
    counter,
    shaftWidthPx,
    scalpPct: scalp,
  };
}
