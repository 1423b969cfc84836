// The model's analysis with the shaft-width rules. First the wide-shaft rule (shaftScale.ts): a
// probe reads the shaft width on a one-tile copy, and a photo whose shafts are too wide for the
// model is analysed at a smaller scale. Otherwise the photo is analysed as it is, and the
// thin-shaft rule (thinShaft.ts) reads the ridge scale of what that pass called hair: a photo
// whose hair is too thin is analysed again, enlarged. On a photo of several tiles the ridge
// scale is read on the tiles holding most of the probe's hair before the rest run, so an
// enlarged photo does not pay for a whole pass it then drops. Either way the probabilities come
// back at the photo's size.
import type { ClassProbabilities, PixelImage, ShaftRescale } from './image';
import { downscaleArea } from '../../lib/areaDownscale';
import { upscaleCubic } from '../../lib/cubicUpscale';
import { blockShrink, enlargeProbabilities, shrinkProbabilities } from './resample';
import { hairRidgeScale, type RidgeScaleReading } from './ridgeScale';
import type { TiledSegmentation } from './segmentCore';
import type { TileRect } from './tiling';
import type { ModelPass, SegmentHooks } from './segmenter';
import {
  PROBE_LONG_SIDE_PX,
  shaftMaskStats,
  shaftScaleFactor,
  widthFromStats,
  type ShaftMaskStats,
} from './shaftScale';
import { maxEnlargement, thinShaftFactor } from './thinShaft';

/** Smallest side a wide-shaft pass may shrink a photo to. */
const MIN_SHRUNK_SIDE_PX = 64;

/** How the shaft-width rules pick a scale (for the checks that compare ways of doing it). */
export interface ShaftRuleOptions {
  /** Snap each rule's scale to a quarter-octave step, 2^(k/4), within its bounds. */
  snapScale?: boolean;
  /** Read the thin-shaft rule's ridge scale on the whole first pass, as before stop 14. */
  wholePassRidge?: boolean;
}

const QUARTER_OCTAVE = 2 ** 0.25;

/** `factor` at the nearest quarter-octave step (in log scale), stepped back inside [lo, hi]. */
export function snapScale(factor: number, lo: number, hi: number): number {
  let snapped = 2 ** (Math.round(4 * Math.log2(factor)) / 4);
  while (snapped > hi * (1 + 1e-9)) snapped /= QUARTER_OCTAVE;
  while (snapped < lo * (1 - 1e-9)) snapped *= QUARTER_OCTAVE;
  return snapped;
}

function scaledSize(image: PixelImage, factor: number): { widthPx: number; heightPx: number } {
  return {
    widthPx: Math.max(1, Math.round(image.widthPx * factor)),
    heightPx: Math.max(1, Math.round(image.heightPx * factor)),
  };
}

/**
 * The photo at PROBE_LONG_SIDE_PX on its long side (undefined when it is no larger) and its scale
 * relative to the photo. A whole-factor block mean first, then the area filter for the rest:
 * the limit was set on probes of exactly this size, and the block mean is the cheap part.
 */
function probeCopy(image: PixelImage): { image: PixelImage; scale: number } | undefined {
  const long = Math.max(image.widthPx, image.heightPx);
  if (long <= PROBE_LONG_SIDE_PX) return undefined;
  const k = Math.min(Math.floor(long / PROBE_LONG_SIDE_PX), image.widthPx, image.heightPx);
  const blocked = k > 1 ? blockShrink(image, k) : image;
  const blockedLong = Math.max(blocked.widthPx, blocked.heightPx);
  if (blockedLong <= PROBE_LONG_SIDE_PX) return { image: blocked, scale: 1 / k };
  const rest = PROBE_LONG_SIDE_PX / blockedLong;
  const size = scaledSize(blocked, rest);
  return { image: downscaleArea(blocked, size.widthPx, size.heightPx), scale: rest / k };
}

/** What the probe found: its mask statistics, its scale relative to the photo and its analysis. */
export interface ProbeReading {
  stats: ShaftMaskStats;
  probeScale: number;
  /** The probe's analysis: of the copy, or the photo's own when it was small enough. */
  probs: ClassProbabilities;
  /** True when `probs` is the photo's own analysis. */
  isOwn: boolean;
}

export async function readProbe(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ProbeReading> {
  const copy = probeCopy(image);
  const probs = copy
    ? await pass(copy.image, { throwIfAborted: hooks?.throwIfAborted })
    : await pass(image, hooks);
  return {
    stats: shaftMaskStats(probs.hair, probs.widthPx, probs.heightPx),
    probeScale: copy?.scale ?? 1,
    probs,
    isOwn: !copy,
  };
}

/** What the probe read, and the rescale the wide-shaft rule asks for when shafts are too wide. */
export interface ShaftProbe extends ProbeReading {
  rescale?: { shaftWidthPx: number; factor: number };
}

/** Reads how wide the photo's shafts are, on a one-tile copy or on the photo itself. */
export async function probeShafts(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ShaftProbe> {
  const reading = await readProbe(image, pass, hooks);
  const rescale = shaftScaleFactor(widthFromStats(reading.stats), reading.probeScale);
  return rescale ? { ...reading, rescale } : reading;
}

/** The caller's hooks for a second pass, its tiles marked as such. */
function secondPassHooks(
  hooks: SegmentHooks | undefined,
  again: 'smaller' | 'enlarged',
): SegmentHooks | undefined {
  const onTile = hooks?.onTile;
  return onTile ? { ...hooks, onTile: (done, total) => onTile(done, total, again) } : hooks;
}

/** `image` enlarged by `factor` through the model and shrunk back, marked as a thin-shaft pass. */
async function enlargedPass(
  image: PixelImage,
  ridgeSigmaPx: number,
  factor: number,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ClassProbabilities> {
  const size = scaledSize(image, factor);
  const enlarged = await pass(
    upscaleCubic(image, size.widthPx, size.heightPx),
    secondPassHooks(hooks, 'enlarged'),
  );
  const rescale: ShaftRescale = { kind: 'thin', ridgeSigmaPx, factor };
  return {
    ...shrinkProbabilities(enlarged, image.widthPx, image.heightPx),
    shaftRescale: rescale,
  };
}

/** The thin-shaft rule's enlargement for `image`, given the ridge scale read on it. */
function thinFactorFor(
  image: PixelImage,
  ridge: RidgeScaleReading | undefined,
  rule: ShaftRuleOptions,
): { ridgeSigmaPx: number; factor: number } | undefined {
  const pixels = image.widthPx * image.heightPx;
  const factor = thinShaftFactor(ridge?.sigmaPx, pixels);
  if (!ridge || factor === undefined) return undefined;
  const chosen = rule.snapScale ? snapScale(factor, 1, maxEnlargement(pixels)) : factor;
  // A step inside a tight pixel budget can fall back to the photo's own scale: no second pass.
  return chosen > 1 ? { ridgeSigmaPx: ridge.sigmaPx, factor: chosen } : undefined;
}

/**
 * The photo's analysis after `base`, its pass at the photo's own scale: again enlarged when the
 * hair `base` found is too thin for the model (thinShaft.ts), else `base` itself.
 */
async function thinShaftPass(
  image: PixelImage,
  base: ClassProbabilities,
  pass: ModelPass,
  hooks: SegmentHooks | undefined,
  rule: ShaftRuleOptions,
): Promise<ClassProbabilities> {
  const thin = thinFactorFor(image, hairRidgeScale(image, base.hair), rule);
  return thin ? enlargedPass(image, thin.ridgeSigmaPx, thin.factor, pass, hooks) : base;
}

/**
 * Tiles run at the photo's own scale before the thin-shaft rule decides on a photo of several
 * tiles: a photo it enlarges then loses these tiles' work, not a whole pass (2.5× the time of a
 * 2048×1536 photo when the rule read the whole first pass).
 */
export const RIDGE_SAMPLE_TILES = 2;
/** Fewer hair pixels than this in the sampled tiles, and the rule reads the whole pass instead. */
export const RIDGE_MIN_SAMPLED_HAIR_PX = 1000;

/** Tile indices, most hair in the probe copy first (ties in grid order). */
export function tilesByProbeHair(
  tiles: readonly TileRect[],
  probe: ClassProbabilities,
  probeScale: number,
): number[] {
  const { widthPx, heightPx, hair } = probe;
  const mass = tiles.map((tile) => {
    const x0 = Math.min(widthPx, Math.floor(tile.x * probeScale));
    const x1 = Math.min(widthPx, Math.ceil((tile.x + tile.width) * probeScale));
    const y0 = Math.min(heightPx, Math.floor(tile.y * probeScale));
    const y1 = Math.min(heightPx, Math.ceil((tile.y + tile.height) * probeScale));
    let sum = 0;
    for (let y = y0; y < y1; y += 1) {
      for (let x = x0; x < x1; x += 1) sum += hair[y * widthPx + x]!;
    }
    return sum;
  });
  return tiles.map((_, i) => i).sort((a, b) => mass[b]! - mass[a]! || a - b);
}

/**
 * Runs the RIDGE_SAMPLE_TILES tiles of `run` holding the most of the probe's hair and returns
 * p(hair) where they ran: what the thin-shaft rule reads its ridge scale on.
 */
export async function runRidgeSample(
  run: TiledSegmentation,
  probe: ProbeReading,
): Promise<Float32Array> {
  const order = tilesByProbeHair(run.tiles, probe.probs, probe.probeScale);
  await run.runTiles(order.slice(0, RIDGE_SAMPLE_TILES));
  return run.hairSoFar();
}

/**
 * The photo's analysis at its own scale, or enlarged by the thin-shaft rule. A photo larger than
 * its probe runs first the RIDGE_SAMPLE_TILES tiles holding the most of the probe's hair and
 * reads the ridge scale there; only when the rule keeps the photo's scale do the other tiles run.
 */
async function ownScalePass(
  image: PixelImage,
  probe: ShaftProbe,
  pass: ModelPass,
  hooks: SegmentHooks | undefined,
  rule: ShaftRuleOptions,
): Promise<ClassProbabilities> {
  if (probe.isOwn) return thinShaftPass(image, probe.probs, pass, hooks, rule);
  const run = pass.start(image, hooks);
  if (rule.wholePassRidge || run.tiles.length <= RIDGE_SAMPLE_TILES) {
    return thinShaftPass(image, await run.finish(), pass, hooks, rule);
  }
  const ridge = hairRidgeScale(image, await runRidgeSample(run, probe));
  if (!ridge || ridge.samples < RIDGE_MIN_SAMPLED_HAIR_PX) {
    return thinShaftPass(image, await run.finish(), pass, hooks, rule);
  }
  const thin = thinFactorFor(image, ridge, rule);
  return thin ? enlargedPass(image, thin.ridgeSigmaPx, thin.factor, pass, hooks) : run.finish();
}

export async function segmentWithShaftRule(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
  rule: ShaftRuleOptions = {},
): Promise<ClassProbabilities> {
  const probe = await probeShafts(image, pass, hooks);
  const { rescale } = probe;
  // A small photo shrinks only as far as MIN_SHRUNK_SIDE_PX allows.
  const least = MIN_SHRUNK_SIDE_PX / Math.min(image.widthPx, image.heightPx);
  const wideFactor = rescale ? Math.max(rescale.factor, least) : 1;
  const factor = rescale && rule.snapScale ? snapScale(wideFactor, least, 1) : wideFactor;
  if (!rescale || factor >= 1) return ownScalePass(image, probe, pass, hooks, rule);
  const size = scaledSize(image, factor);
  const shrunk = await pass(
    downscaleArea(image, size.widthPx, size.heightPx),
    secondPassHooks(hooks, 'smaller'),
  );
  const wide: ShaftRescale = { kind: 'wide', shaftWidthPx: rescale.shaftWidthPx, factor };
  return { ...enlargeProbabilities(shrunk, image.widthPx, image.heightPx), shaftRescale: wide };
}
