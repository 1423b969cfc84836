// Whether one coverage reading deserves trust, from the segmenter's own per-pixel uncertainty and
// the model card's calibration (src/analysis/worker/modelMeta.ts, ModelQuality). Kept apart from
// the coverage math: the figures are facts about the probabilities, this is a judgement on them.
import type { ReadingQualityRecord } from '../../domain/analysis';
import type { CoverageFigures } from './coverage';
import type { ClassProbabilities, ShaftRescale } from './image';
import type { ModelQuality } from './modelMeta';

/** What a reading stores of a shaft-width pass (shaftRulePass.ts), rounded as it is kept. */
export function rescaleRecord(
  rescale: ShaftRescale,
): Pick<ReadingQualityRecord, 'analysedAtScale' | 'shaftWidthPx' | 'ridgeSigmaPx'> {
  return {
    analysedAtScale: Math.round(rescale.factor * 1000) / 1000,
    ...(rescale.kind === 'wide'
      ? { shaftWidthPx: Math.round(rescale.shaftWidthPx * 10) / 10 }
      : { ridgeSigmaPx: Math.round(rescale.ridgeSigmaPx * 100) / 100 }),
  };
}

/**
 * The error that 9 in 10 validation readings stayed within: from the card's line in the
 * undecided-pixel share when it has one, else its single figure. Rounded to 0.1 pp as shown, and
 * never past 100 pp, which any coverage reading is within.
 */
export function typicalErrorPp(quality: ModelQuality, uncertainPct: number): number {
  const line = quality.coverageErrorP90Line;
  if (!line) return quality.coverageErrorP90Pp;
  const pp = line.interceptPp + line.perUncertainPct * uncertainPct;
  return Math.min(100, Math.round(pp * 10) / 10);
}

/**
 * What the segmenter's passes did to a photo and found in it, as the probabilities carry it
 * (image.ts), and the size of the photo it read.
 */
export type ReadingPasses = Pick<
  ClassProbabilities,
  'shaftRescale' | 'scopeFrame' | 'noiseSmoothing' | 'blownOut' | 'focus'
> &
  Partial<Pick<ClassProbabilities, 'widthPx' | 'heightPx'>>;

/**
 * A reading whose scalp is blown out over at least this share is flagged. Chosen on validation
 * photos overexposed ×1.41–2 (MODEL_CARD.md, Blown-out flag): from about 30 % such readings erred
 * by twice the others, and the stated error held for two thirds of them instead of nine in ten,
 * while it flagged 5 % of the photos as the generator made them.
 */
export const BLOWN_OUT_FLAG_PCT = 30;

/**
 * A photo whose shorter side is below this is flagged: the network sees too little of the scalp
 * (it was trained on 256-px crops, and pads a smaller photo). Chosen on validation crops by a rule
 * written first (MODEL_CARD.md, Small-photo flag; scripts/smallPhotoSweep.ts): from 128 px up,
 * crops read within 1.5× the whole image's error; at 96 px they erred 8.8 pp against 5.5.
 */
export const SMALL_PHOTO_FLAG_SIDE_PX = 128;

/**
 * A reading whose scalp's edge sharpness (photoFocus.ts) is at or below this is flagged out of
 * focus. Chosen in stop 32 on validation photos blurred by σ 1–6 px and then finished three ways
 * (nothing more; grain of 2 or 4 grey levels, sharpening and JPEG, as a phone does after the lens:
 * MODEL_CARD.md, "Blur a phone has finished"; scripts/phoneDefocusSweep.ts): the most aggressive cut
 * that flags at most 5 % of the photos as they came (1.8 %) and 1 in 10 close-ups blurred by
 * σ 1–2 px, which still read well (8 %), under each finish; flagged readings erred 32.4 pp against
 * 12.4 for the rest. Stop 26's cut, 0.15 on the raw luma, flagged none of the phone-finished ones.
 */
export const OUT_OF_FOCUS_EDGE_SHARPNESS = 0.08;

/** Whether a blown-out share of the scalp, percent, is flagged (the app, the eval, the sweeps). */
export const isBlownOutShare = (scalpPct: number): boolean => scalpPct >= BLOWN_OUT_FLAG_PCT;

/** Whether an edge sharpness is flagged out of focus, close-ups aside (ReadingContext). */
export const isOutOfFocusSharpness = (edgeSharpness: number): boolean =>
  edgeSharpness <= OUT_OF_FOCUS_EDGE_SHARPNESS;

/** What the caller knows of the photo beyond its pixels. */
export interface ReadingContext {
  /**
   * A dermatoscope close-up (the app's trichoscopy view; segment's --count / --fov-mm). Not
   * flagged out of focus: its shafts are several pixels wide, and validation close-ups blurred
   * by σ 3 px still read within 2.6 pp (σ 4.5: 4.0 pp), inside their stated error 83–100 % of
   * the time, while their smooth skin puts a sharp one's edge sharpness near the cut
   * (MODEL_CARD.md, Out-of-focus flag).
   */
  closeUp?: boolean;
}

export function assessReading(
  figures: Pick<CoverageFigures, 'uncertainPct'>,
  quality: ModelQuality | undefined,
  passes: ReadingPasses = {},
  context: ReadingContext = {},
): ReadingQualityRecord {
  const { shaftRescale: rescale, scopeFrame, noiseSmoothing, blownOut, focus } = passes;
  const { widthPx, heightPx } = passes;
  const shortSidePx =
    widthPx !== undefined && heightPx !== undefined ? Math.min(widthPx, heightPx) : undefined;
  return {
    uncertainPct: figures.uncertainPct,
    calibrated: quality !== undefined,
    // More undecided pixels than in 95 % of the validation photos: check the mask by eye.
    // No calibration (the classical baseline, an old card): never claim confidence we lack.
    lowConfidence: quality ? figures.uncertainPct > quality.uncertainPctWarn : true,
    typicalErrorPp: quality && typicalErrorPp(quality, figures.uncertainPct),
    ...(quality?.coverageErrorP90Line ? { typicalErrorByUncertainty: true } : {}),
    ...(quality?.changeErrorP90Pp !== undefined ? { changeErrorPp: quality.changeErrorP90Pp } : {}),
    ...(rescale ? rescaleRecord(rescale) : {}),
    ...(scopeFrame ? { outsideScopePct: Math.round(scopeFrame.outsideShare * 1000) / 10 } : {}),
    ...(noiseSmoothing ? { noiseSigma: Math.round(noiseSmoothing.noiseSigma * 10) / 10 } : {}),
    ...(blownOut && isBlownOutShare(blownOut.scalpPct)
      ? { blownOutPct: Math.round(blownOut.scalpPct * 10) / 10 }
      : {}),
    ...(shortSidePx !== undefined && shortSidePx < SMALL_PHOTO_FLAG_SIDE_PX
      ? { smallPhotoSidePx: shortSidePx }
      : {}),
    ...(focus && !context.closeUp && isOutOfFocusSharpness(focus.edgeSharpness)
      ? { edgeSharpness: Math.round(focus.edgeSharpness * 1000) / 1000 }
      : {}),
  };
}
