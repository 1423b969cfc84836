// The model's analysis with the shaft-width rules. First the wide-shaft rule (shaftScale.ts): a
// probe reads the shaft width on a one-tile copy, and a photo whose shafts are too wide for the
// model is analysed at a smaller scale. Otherwise the photo is analysed as it is, and the
// thin-shaft rule (thinShaft.ts) reads the ridge scale of what that pass called hair: a photo
// whose hair is too thin is analysed again, enlarged. Either way the probabilities come back
// at the photo's size.
import type { ClassProbabilities, PixelImage, ShaftRescale } from './image';
import { downscaleArea } from '../../lib/areaDownscale';
import { upscaleCubic } from '../../lib/cubicUpscale';
import { blockShrink, enlargeProbabilities, shrinkProbabilities } from './resample';
import { hairRidgeScale } from './ridgeScale';
import type { ModelPass, SegmentHooks } from './segmenter';
import {
  PROBE_LONG_SIDE_PX,
  shaftMaskStats,
  shaftScaleFactor,
  widthFromStats,
  type ShaftMaskStats,
} from './shaftScale';
import { thinShaftFactor } from './thinShaft';

/** Smallest side a wide-shaft pass may shrink a photo to. */
const MIN_SHRUNK_SIDE_PX = 64;

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

export interface ShaftProbe {
  /** Set when the photo's shafts are too wide for the model. */
  rescale?: { shaftWidthPx: number; factor: number };
  /** The photo's own analysis when it was small enough to be its own probe. */
  own?: ClassProbabilities;
}

/** The probe's mask statistics and its scale relative to the photo (for the rule's sweep). */
export interface ProbeReading {
  stats: ShaftMaskStats;
  probeScale: number;
  /** The photo's own analysis when it was small enough to be its own probe. */
  own?: ClassProbabilities;
}

export async function readProbe(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ProbeReading> {
  const copy = probeCopy(image);
  const probe = copy
    ? await pass(copy.image, { throwIfAborted: hooks?.throwIfAborted })
    : await pass(image, hooks);
  return {
    stats: shaftMaskStats(probe.hair, probe.widthPx, probe.heightPx),
    probeScale: copy?.scale ?? 1,
    ...(copy ? {} : { own: probe }),
  };
}

/** Reads how wide the photo's shafts are, on a one-tile copy or on the photo itself. */
export async function probeShafts(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ShaftProbe> {
  const { stats, probeScale, own } = await readProbe(image, pass, hooks);
  const rescale = shaftScaleFactor(widthFromStats(stats), probeScale);
  return { ...(rescale ? { rescale } : {}), ...(own ? { own } : {}) };
}

/** The caller's hooks for a second pass, its tiles marked as such. */
function secondPassHooks(
  hooks: SegmentHooks | undefined,
  again: 'smaller' | 'enlarged',
): SegmentHooks | undefined {
  const onTile = hooks?.onTile;
  return onTile ? { ...hooks, onTile: (done, total) => onTile(done, total, again) } : hooks;
}

/**
 * The photo's analysis after `base`, its pass at the photo's own scale: again enlarged when the
 * hair `base` found is too thin for the model (thinShaft.ts), else `base` itself.
 */
export async function thinShaftPass(
  image: PixelImage,
  base: ClassProbabilities,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ClassProbabilities> {
  const ridge = hairRidgeScale(image, base.hair);
  const factor = thinShaftFactor(ridge?.sigmaPx, image.widthPx * image.heightPx);
  if (!ridge || factor === undefined) return base;
  const size = scaledSize(image, factor);
  const enlarged = await pass(
    upscaleCubic(image, size.widthPx, size.heightPx),
    secondPassHooks(hooks, 'enlarged'),
  );
  const rescale: ShaftRescale = { kind: 'thin', ridgeSigmaPx: ridge.sigmaPx, factor };
  return {
    ...shrinkProbabilities(enlarged, image.widthPx, image.heightPx),
    shaftRescale: rescale,
  };
}

export async function segmentWithShaftRule(
  image: PixelImage,
  pass: ModelPass,
  hooks?: SegmentHooks,
): Promise<ClassProbabilities> {
  const { rescale, own } = await probeShafts(image, pass, hooks);
  // A small photo shrinks only as far as MIN_SHRUNK_SIDE_PX allows.
  const factor = rescale
    ? Math.max(rescale.factor, MIN_SHRUNK_SIDE_PX / Math.min(image.widthPx, image.heightPx))
    : 1;
  if (!rescale || factor >= 1) {
    return thinShaftPass(image, own ?? (await pass(image, hooks)), pass, hooks);
  }
  const size = scaledSize(image, factor);
  const shrunk = await pass(
    downscaleArea(image, size.widthPx, size.heightPx),
    secondPassHooks(hooks, 'smaller'),
  );
  const wide: ShaftRescale = { kind: 'wide', shaftWidthPx: rescale.shaftWidthPx, factor };
  return { ...enlargeProbabilities(shrunk, image.widthPx, image.heightPx), shaftRescale: wide };
}
