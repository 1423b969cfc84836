// How far to trust one coverage reading, in words: the segmenter's typical error where it was
// measured, and a plain warning when much of the photo was undecided (or nothing was measured).
import type { ReadingQualityRecord } from '../../domain/analysis';
import {
  LOW_CONFIDENCE_MESSAGE,
  UNCALIBRATED_MESSAGE,
  blownOutText,
  noiseText,
  outOfFocusText,
  rescaleText,
  smallPhotoText,
  typicalErrorText,
} from './readingQualityText';

export function ReadingQualityNote({ quality }: { quality: ReadingQualityRecord }) {
  const typical = typicalErrorText(quality);
  const rescale = rescaleText(quality);
  const noise = noiseText(quality);
  const blownOut = blownOutText(quality);
  const small = smallPhotoText(quality);
  const outOfFocus = outOfFocusText(quality);
  return (
    <div className="analysis-quality" data-testid="reading-quality">
      {typical && <div className="muted analysis-quality__typical">{typical}</div>}
      <div className="muted analysis-quality__uncertain">
        {quality.uncertainPct.toFixed(0)} % of the photo undecided
      </div>
      {rescale && (
        <div className="muted analysis-quality__rescale" data-testid="shaft-rescale">
          {rescale}
        </div>
      )}
      {noise && (
        <div className="muted analysis-quality__noise" data-testid="noise-smoothing">
          {noise}
        </div>
      )}
      {blownOut && (
        <div className="analysis-notice" role="note" data-testid="blown-out">
          {blownOut}
        </div>
      )}
      {small && (
        <div className="analysis-notice" role="note" data-testid="small-photo">
          {small}
        </div>
      )}
      {outOfFocus && (
        <div className="analysis-notice" role="note" data-testid="out-of-focus">
          {outOfFocus}
        </div>
      )}
      {quality.lowConfidence && (
        <div className="analysis-notice" role="note" data-testid="low-confidence">
          {quality.calibrated ? LOW_CONFIDENCE_MESSAGE : UNCALIBRATED_MESSAGE}
        </div>
      )}
    </div>
  );
}
