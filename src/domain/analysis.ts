// A stored analysis of one photo. Every analysis names the model (and its version)
// that produced it, so numbers from different model versions are never mixed silently.
import type { AnalysisId, BlobId, PhotoId } from './ids';
import type { RecordMeta } from './record';
import { arrayOr, checkRecord, isObject, type Checker } from './check';
import { newId } from './ids';
import { newMeta, withRepairedMeta } from './meta';
import { fail, type Result } from './result';

export interface AnalysisModelRef {
  /** "hairseg" for our ONNX model, "classical" for the OpenCV baseline. */
  name: string;
  /** Model version string from its card, e.g. "hairseg-0.1.0". */
  version: string;
  /** sha256 of the model file that ran, if any. */
  sha256?: string;
  /** Execution backend that actually ran: "webgpu", "wasm", "opencv". */
  backend: string;
}

/**
 * "hairseg-0.2.2 · wasm": which method and version produced a reading and the backend that ran.
 * The classical method is spelled out; a version that already carries the model's name is not
 * prefixed with it again (it read like a typo).
 */
export function describeModel(model: AnalysisModelRef): string {
  const label =
    model.name === 'classical'
      ? `Classical estimate ${model.version}`
      : model.version.startsWith(`${model.name}-`)
        ? model.version
        : `${model.name} ${model.version}`;
  return `${label} · ${model.backend}`;
}

/** The region name of the metric for the full scalp area. */
export const WHOLE_REGION = 'whole';

export interface RegionMetric {
  /** Region name, WHOLE_REGION for the full scalp area. */
  region: string;
  /** Hair pixels / (hair + scalp-skin pixels), in percent. */
  coveragePct: number;
}

/**
 * The rule counter's version (src/analysis/worker/hairCount.ts): what `HairCountRecord.counter`
 * says for its counts, and what a count stored without a counter (before stop 28) came from.
 */
export const RULE_COUNTER_VERSION = 'hair-count-1';

/**
 * A trichoscopy close-up's hair count (src/analysis/worker/hairCount.ts). Kept in pixels: hairs
 * per cm² and shaft widths in µm follow from the photo's field of view when shown
 * (src/domain/density.ts), so a field of view entered later applies to this reading too.
 */
export interface HairCountRecord {
  /** Hairs counted in the frame; absent where they could not be told apart (see `reason`). */
  hairs?: number;
  /**
   * 'too-thin': shafts too narrow in pixels to separate; 'mat': hair covers the frame;
   * 'unclear': fewer hairs counted than the hair found could hold (tangled, blurred or unsure).
   */
  reason?: 'too-thin' | 'mat' | 'unclear';
  /**
   * Which counter made `hairs` (RULE_COUNTER_VERSION, or the counting network's version); absent
   * on counts stored before stop 28, which the rule counter made. Counts from different counters
   * are not comparable.
   */
  counter?: string;
  /** Typical shaft width, px at the analysis scale. */
  shaftWidthPx?: number;
  /** Share of the frame that is scalp (the area counted), percent. */
  scalpPct: number;
  /** Size the photo was analysed at: the field of view spans analysisWidthPx. */
  analysisWidthPx: number;
  analysisHeightPx: number;
}

/** How far to trust a reading (src/analysis/worker/readingQuality.ts computes it). */
export interface ReadingQualityRecord {
  /** Share of the photo's pixels the segmenter could not decide, percent. */
  uncertainPct: number;
  /** Whether the segmenter had measured error figures. */
  calibrated: boolean;
  /** Flagged: more undecided pixels than usual, or uncalibrated. Check the mask by eye. */
  lowConfidence: boolean;
  /** 90th-percentile coverage error of this segmenter on validation data, percentage points. */
  typicalErrorPp?: number;
  /**
   * Set when typicalErrorPp is this photo's own: read off the card's line in the undecided-pixel
   * share (validation photos as undecided as this one), not the one figure for every photo.
   */
  typicalErrorByUncertainty?: boolean;
  /**
   * 90th-percentile error of a change in coverage between two photos of one scalp read by this
   * segmenter (validation follow-up pairs), percentage points. Absent on older readings.
   */
  changeErrorPp?: number;
  /**
   * Set when the hair was too wide or too thin for the model and the photo was analysed at
   * another scale (src/analysis/worker/shaftRulePass.ts): that scale, relative to the analysis
   * scale (< 1 for wide shafts, > 1 for thin hair). Readings of one course at very different
   * scales compare less well.
   */
  analysedAtScale?: number;
  /** Wide shafts: the typical shaft width that triggered it, px at the analysis scale. */
  shaftWidthPx?: number;
  /** Thin hair: the ridge scale (σ, px at the analysis scale) that triggered it. */
  ridgeSigmaPx?: number;
  /**
   * Set when the photo showed a dermatoscope's round field of view: the share of the frame
   * outside it, percent, which was read as background (src/analysis/worker/scopeFrame.ts).
   */
  outsideScopePct?: number;
  /**
   * Set when the photo was noisier than the model was trained on and was read again smoothed
   * (src/analysis/worker/photoNoise.ts): the noise on its skin, grey levels (σ of the luma).
   */
  noiseSigma?: number;
  /**
   * Set when so much of the scalp in the photo was blown out (pure white: flash, strong light)
   * that the reading cannot be trusted (src/analysis/worker/photoExposure.ts): that share,
   * percent. Such a reading needs checking as a low-confidence one does (readingNeedsCheck).
   */
  blownOutPct?: number;
  /**
   * Set when the photo was too small for the model to see enough of the scalp (its shorter side
   * below readingQuality.ts SMALL_PHOTO_FLAG_SIDE_PX): that side, px. Such a reading needs
   * checking as a low-confidence one does (readingNeedsCheck).
   */
  smallPhotoSidePx?: number;
  /**
   * Set when the scalp in the photo was out of focus (its edge sharpness at or below
   * readingQuality.ts OUT_OF_FOCUS_EDGE_SHARPNESS, src/analysis/worker/photoFocus.ts): that
   * sharpness, 0–1. Blur erases fine hair, so such a reading needs checking (readingNeedsCheck).
   * Since stop 32 read on the smoothed luma with the grain taken out (cut 0.08); readings stored
   * before hold stop 26's raw-luma value (cut 0.15), so the two are not compared.
   */
  edgeSharpness?: number;
}

/**
 * Whether a reading should be checked by eye before a figure or a change is relied on: the
 * segmenter was unsure of much of the photo, much of its scalp was blown out, the photo was
 * too small to read, or it was out of focus.
 */
export function readingNeedsCheck(quality: ReadingQualityRecord): boolean {
  return (
    quality.lowConfidence ||
    quality.blownOutPct !== undefined ||
    quality.smallPhotoSidePx !== undefined ||
    quality.edgeSharpness !== undefined
  );
}

export interface Analysis extends RecordMeta {
  id: AnalysisId;
  photoId: PhotoId;
  model: AnalysisModelRef;
  metrics: RegionMetric[];
  /** Absent on analyses stored before quality figures existed. */
  quality?: ReadingQualityRecord;
  /** Trichoscopy close-ups only; absent on other views and on older readings. */
  hairCount?: HairCountRecord;
  /** Optional stored mask (PNG blob). */
  maskBlobId?: BlobId;
  /** Seconds the analysis took, for diagnostics. */
  durationMs: number;
}

// ---- validation, repair, factory ----

function checkModel(c: Checker): void {
  c.string('name', { nonEmpty: true });
  c.string('version', { nonEmpty: true });
  c.string('sha256', { optional: true });
  c.string('backend', { nonEmpty: true });
}

function checkQuality(c: Checker): void {
  c.number('uncertainPct', { min: 0, max: 100 });
  c.boolean('calibrated');
  c.boolean('lowConfidence');
  c.number('typicalErrorPp', { optional: true, min: 0 });
  c.boolean('typicalErrorByUncertainty', { optional: true });
  c.number('changeErrorPp', { optional: true, min: 0 });
  // Both passes are bounded (shaftScale.ts: at most 4× smaller; thinShaft.ts: 2× larger).
  c.number('analysedAtScale', { optional: true, min: 0, max: 2 });
  c.number('shaftWidthPx', { optional: true, min: 0 });
  c.number('ridgeSigmaPx', { optional: true, min: 0 });
  c.number('outsideScopePct', { optional: true, min: 0, max: 100 });
  c.number('noiseSigma', { optional: true, min: 0 });
  c.number('blownOutPct', { optional: true, min: 0, max: 100 });
  c.number('smallPhotoSidePx', { optional: true, min: 1 });
  c.number('edgeSharpness', { optional: true, min: 0, max: 1 });
}

function checkMetric(c: Checker): void {
  c.string('region', { nonEmpty: true });
  c.number('coveragePct', { min: 0, max: 100 });
}

function checkHairCount(c: Checker): void {
  c.number('hairs', { optional: true, integer: true, min: 0 });
  c.oneOf('reason', ['too-thin', 'mat', 'unclear'] as const, { optional: true });
  c.string('counter', { optional: true, nonEmpty: true });
  c.number('shaftWidthPx', { optional: true, min: 0 });
  c.number('scalpPct', { min: 0, max: 100 });
  c.number('analysisWidthPx', { integer: true, min: 1 });
  c.number('analysisHeightPx', { integer: true, min: 1 });
}

/** Strict check used before a write: every problem is reported. */
export function validateAnalysis(x: unknown): Result<Analysis> {
  return checkRecord<Analysis>(x, 'Analysis', (c) => {
    c.meta();
    c.string('id', { nonEmpty: true });
    c.string('photoId', { nonEmpty: true });
    c.object('model', checkModel);
    c.objectArray('metrics', checkMetric);
    c.object('quality', checkQuality, { optional: true });
    c.object('hairCount', checkHairCount, { optional: true });
    c.string('maskBlobId', { optional: true });
    c.number('durationMs', { min: 0 });
  });
}

/** Repair on read: missing metrics become [], a missing duration 0. */
export function normaliseAnalysis(x: unknown): Result<Analysis> {
  const r = withRepairedMeta(x);
  if (!r) return fail('Analysis must be an object');
  r.metrics = arrayOr(r.metrics).filter(isObject);
  if (typeof r.durationMs !== 'number') r.durationMs = 0;
  if (r.maskBlobId === null) delete r.maskBlobId;
  // A damaged quality block is dropped (the reading then shows as unassessed), not fatal.
  if (r.quality !== undefined && !isObject(r.quality)) delete r.quality;
  if (r.hairCount !== undefined && !isObject(r.hairCount)) delete r.hairCount;
  return validateAnalysis(r);
}

export type NewAnalysisInput = Omit<
  Analysis,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'schemaVersion'
> & { id?: AnalysisId };

/** A new analysis record with a fresh id (unless given) and meta. */
export function newAnalysis(input: NewAnalysisInput, now: Date = new Date()): Analysis {
  return { ...input, id: input.id ?? newId<AnalysisId>(), ...newMeta(now) };
}
