// The words for how far to trust a reading, kept apart from the component so they are tested
// without a DOM.
import type { ReadingQualityRecord } from '../../domain/analysis';

export const LOW_CONFIDENCE_MESSAGE =
  'Low confidence: the segmenter could not decide much of this photo. Check the mask before relying on this figure.';
export const UNCALIBRATED_MESSAGE = 'No measured error for this method: treat the figure as rough.';
/** Beside readings of whole-head views (domain/photo.ts, viewIsWholeHead). */
export const WHOLE_HEAD_VIEW_MESSAGE =
  'Whole-head view: coverage holds best on top-down and close-up photos. On held-out test photos of whole heads with full hair it read about 20 points low on average, beyond the error above. Compare it only with photos of the same view, distance and framing.';

export function typicalErrorText(quality: ReadingQualityRecord): string | null {
  if (quality.typicalErrorPp === undefined) return null;
  const among = quality.typicalErrorByUncertainty
    ? 'validation photos as undecided as this one'
    : 'validation photos';
  return `typically within ±${quality.typicalErrorPp.toFixed(1)} points (9 in 10 ${among})`;
}

/** Why a reading ran at another scale: very wide shafts (a close-up) or very thin hair. */
export function rescaleText(quality: ReadingQualityRecord): string | null {
  if (quality.analysedAtScale === undefined) return null;
  const percent = Math.round(quality.analysedAtScale * 100);
  if (quality.analysedAtScale > 1) {
    return `Analysed at ${percent} % of the photo's size: hair here reads thinner than the model was trained on, so the photo was enlarged for it.`;
  }
  const width =
    quality.shaftWidthPx !== undefined ? ` (~${quality.shaftWidthPx.toFixed(0)} px)` : '';
  return `Analysed at ${percent} % of the photo's size: hair here reads wider${width} than the model was trained on.`;
}

/** Why a reading is flagged for blown-out highlights (photoExposure.ts). */
export function blownOutText(quality: ReadingQualityRecord): string | null {
  if (quality.blownOutPct === undefined) return null;
  return `Overexposed: ${quality.blownOutPct.toFixed(0)} % of the scalp in this photo is blown out to white (flash or strong light), where the camera recorded no hair. Such photos read far off, beyond the error above: check the mask, and retake without direct flash or in softer light.`;
}

/** Why a reading is flagged for a photo too small to read (readingQuality.ts). */
export function smallPhotoText(quality: ReadingQualityRecord): string | null {
  if (quality.smallPhotoSidePx === undefined) return null;
  return `Small photo: only ${quality.smallPhotoSidePx.toFixed(0)} px on its shorter side, too little of the scalp for the model to read reliably; such photos read far off, beyond the error above. Import the original photo, not a thumbnail or a crop.`;
}

/** Why a reading is flagged for a photo out of focus (photoFocus.ts). */
export function outOfFocusText(quality: ReadingQualityRecord): string | null {
  if (quality.edgeSharpness === undefined) return null;
  return `Out of focus: the sharpest edges on the scalp in this photo are soft (sharpness ${quality.edgeSharpness.toFixed(2)}; photos in focus read about 0.25 or more). Blur erases fine hair, and such photos read far too low, beyond the error above: retake it in focus (tap the scalp to focus, hold still, use more light).`;
}

/** Why a reading ran on a smoothed copy of the photo (photoNoise.ts, the noise rule). */
export function noiseText(quality: ReadingQualityRecord): string | null {
  if (quality.noiseSigma === undefined) return null;
  return `Grainy photo (noise about ${quality.noiseSigma.toFixed(0)} grey levels, as in dim light): it was smoothed before it was read, so grain would not count as fine hair. A photo in better light reads closer.`;
}
