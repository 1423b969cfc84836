// A Segmenter is "something that turns an analysis-scale image into class probabilities and
// names itself": the ONNX model or the classical baseline. `loadSegmenter` tries the model and
// falls back to the baseline with a stated reason. The worker, eval, the segment CLI and the
// bench all go through here, so they measure the same thing the app shows.
import type { AnalysisModelRef } from '../../domain/analysis';
import { classicalSegment, type Cv } from './classical';
import {
  coverageFromProbabilities,
  DEFAULT_HAIR_THRESHOLD,
  type CoverageFigures,
} from './coverage';
import type { ClassProbabilities, PixelImage } from './image';
import type { ModelMeta, ModelQuality } from './modelMeta';
import type { OrtModel } from './ortModel';
import { DEFAULT_OVERLAP_PX, startSegmentation, type TiledSegmentation } from './segmentCore';
import { blownOutShare } from './photoExposure';
import { scalpFocus } from './photoFocus';
import { gaussianSmooth, NOISE_RULE, skinNoiseSigma } from './photoNoise';
import { withScopeFrame } from './scopeFrame';
import { segmentWithShaftRule } from './shaftRulePass';

/** A second pass over a photo: at a smaller or larger scale, or of a smoothed copy. */
export type SecondPass = 'smaller' | 'enlarged' | 'smoothed';

export interface SegmentHooks {
  /**
   * `again` names a second pass, whose tiles count anew: at another scale (shaftRulePass.ts), or
   * of a grainy photo's smoothed copy (the noise rule).
   */
  onTile?: (done: number, total: number, again?: SecondPass) => void;
  throwIfAborted?: () => void;
}

export interface Segmenter {
  model: AnalysisModelRef;
  /** Why the classical method runs instead of the model; absent when it was asked for. */
  fallbackReason?: string;
  /** Calibrated error figures from the model card; absent for an uncalibrated method. */
  quality?: ModelQuality;
  /** Hair probability from which a pixel is hair in a mask or an IoU. */
  hairThreshold: number;
  /** Temperature coverage is read at (coverage.ts; the card's, else 1). */
  coverageTemperature: number;
  segment: (image: PixelImage, hooks?: SegmentHooks) => Promise<ClassProbabilities>;
}

/** Coverage figures of `probs` as this segmenter reads them: at its coverage temperature. */
export function segmenterCoverage(
  segmenter: Pick<Segmenter, 'coverageTemperature'>,
  probs: ClassProbabilities,
): CoverageFigures {
  return coverageFromProbabilities(probs, undefined, segmenter.coverageTemperature);
}

/** Version of the classical method; bump when its steps or constants change. */
export const CLASSICAL_VERSION = 'classical-1.0.0';

export const CLASSICAL_MODEL_REF: AnalysisModelRef = {
  name: 'classical',
  version: CLASSICAL_VERSION,
  backend: 'opencv',
};

/**
 * One segmentation pass of the model over a whole image, tiled (segmentCore.ts); `start` runs
 * the same pass tile by tile, for rules that read part of a photo before deciding on the rest.
 */
export interface ModelPass {
  (image: PixelImage, hooks?: SegmentHooks): Promise<ClassProbabilities>;
  start: (image: PixelImage, hooks?: SegmentHooks) => TiledSegmentation;
}

export function modelPass(model: OrtModel, overlapPx: number = DEFAULT_OVERLAP_PX): ModelPass {
  const { meta } = model;
  const start = (image: PixelImage, hooks?: SegmentHooks): TiledSegmentation =>
    startSegmentation(image, model.runTile, {
      tilePx: meta.inputSize,
      overlapPx,
      mean: meta.mean,
      std: meta.std,
      classes: meta.classes,
      pixelBlock: meta.pixelBlock,
      onTile: hooks?.onTile,
      throwIfAborted: hooks?.throwIfAborted,
    });
  // Async so that a bad image rejects, as a whole pass always has.
  const pass = async (image: PixelImage, hooks?: SegmentHooks) => start(image, hooks).finish();
  return Object.assign(pass, { start });
}

/** The rules around the model's passes, each on or off. */
export interface SegmenterRules {
  /** Clears everything outside a dermatoscope's round field of view (scopeFrame.ts). */
  scopeFrame: boolean;
  /** Reads a photo noisier than the model was trained on again, smoothed (photoNoise.ts). */
  noiseRule: boolean;
}

/**
 * What the app runs. The scope-frame rule is off: on validation it did not earn its place
 * (MODEL_CARD.md, Scope frame); `npm run segment -- --scope-frame` runs it on request. The noise
 * rule is on (MODEL_CARD.md, Noise rule).
 */
export const APP_RULES: SegmenterRules = { scopeFrame: false, noiseRule: true };

const afterRules = (image: PixelImage, probs: ClassProbabilities, rules: SegmenterRules) =>
  rules.scopeFrame ? withScopeFrame(image, probs) : probs;

/**
 * What every segmenter measures of the photo, once, on the reading it keeps: the blown-out share
 * of its scalp and its scalp's focus, on the photo as it came (not a smoothed or rescaled copy).
 */
function withPhotoChecks(image: PixelImage, probs: ClassProbabilities): ClassProbabilities {
  const blownOut = blownOutShare(image, probs);
  const focus = scalpFocus(image, probs);
  return { ...probs, ...(blownOut ? { blownOut } : {}), ...(focus ? { focus } : {}) };
}

export function modelSegmenter(
  model: OrtModel,
  overlapPx: number = DEFAULT_OVERLAP_PX,
  rules: SegmenterRules = APP_RULES,
): Segmenter {
  const { meta } = model;
  const pass = modelPass(model, overlapPx);
  return {
    model: { name: meta.name, version: meta.version, sha256: meta.sha256, backend: model.backend },
    quality: meta.quality,
    hairThreshold: meta.quality?.hairThreshold ?? DEFAULT_HAIR_THRESHOLD,
    coverageTemperature: meta.quality?.coverageTemperature ?? 1,
    segment: async (image, hooks) => withPhotoChecks(image, await readKept(image, hooks)),
  };

  /** The reading kept: the photo's, or a grainy photo's smoothed copy's (the noise rule). */
  async function readKept(image: PixelImage, hooks?: SegmentHooks): Promise<ClassProbabilities> {
    const read = async (photo: PixelImage, readHooks = hooks) =>
      afterRules(image, await segmentWithShaftRule(photo, pass, readHooks), rules);
    const first = await read(image);
    if (!rules.noiseRule) return first;
    const noiseSigma = skinNoiseSigma(image, first);
    if (noiseSigma === undefined || noiseSigma <= NOISE_RULE.thresholdSigma) return first;
    // The shaft-width passes read the smoothed photo too: grain would pass for thin hair.
    const blurSigmaPx = NOISE_RULE.blurSigmaPx;
    const onTile = hooks?.onTile;
    const again = onTile
      ? {
          ...hooks,
          onTile: (done: number, total: number, kind?: SecondPass) =>
            onTile(done, total, kind ?? 'smoothed'),
        }
      : hooks;
    const second = await read(gaussianSmooth(image, blurSigmaPx), again);
    return { ...second, noiseSmoothing: { noiseSigma, blurSigmaPx } };
  }
}

export function classicalSegmenter(
  cv: Cv,
  fallbackReason?: string,
  rules: SegmenterRules = APP_RULES,
): Segmenter {
  return {
    model: { ...CLASSICAL_MODEL_REF },
    fallbackReason,
    // Its hair map is a softened binary mask: 0.5 splits it at the mask's own edge.
    hairThreshold: DEFAULT_HAIR_THRESHOLD,
    // Its probabilities are a softened mask, not a calibrated model's: read as they are.
    coverageTemperature: 1,
    segment: async (image, hooks) => {
      hooks?.throwIfAborted?.();
      const probs = withPhotoChecks(image, afterRules(image, classicalSegment(cv, image), rules));
      hooks?.onTile?.(1, 1);
      return probs;
    },
  };
}

export interface SegmenterSources {
  /** Reads the model bytes and card; rejects when they are missing or unreadable. */
  loadModelFiles: () => Promise<{ bytes: Uint8Array; meta: ModelMeta }>;
  /** Creates a warmed-up session on the best backend available. */
  createModel: (bytes: Uint8Array, meta: ModelMeta) => Promise<OrtModel>;
  loadCv: () => Promise<Cv>;
}

export interface LoadedSegmenter {
  segmenter: Segmenter;
  /** The ORT model when it loaded (for load/warm-up timings and release). */
  ortModel?: OrtModel;
}

/** The model if it loads, else the classical baseline with the reason in `fallbackReason`. */
export async function loadSegmenter(
  sources: SegmenterSources,
  rules: SegmenterRules = APP_RULES,
): Promise<LoadedSegmenter> {
  let reason: string;
  try {
    const { bytes, meta } = await sources.loadModelFiles();
    const ortModel = await sources.createModel(bytes, meta);
    return { segmenter: modelSegmenter(ortModel, DEFAULT_OVERLAP_PX, rules), ortModel };
  } catch (error) {
    reason = `Model unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { segmenter: classicalSegmenter(await sources.loadCv(), reason, rules) };
}
