// How far to trust one coverage reading, in words: the segmenter's typical error where it was
// measured, and a plain warning when much of the photo was undecided (or nothing was measured).
import type { ReadingQualityRecord } from '../../domain/analysis';

export const LOW_CONFIDENCE_MESSAGE =
  'Low confidence: the segmenter could not decide much of this photo. Check the mask before relying on this figure.';
export const UNCALIBRATED_MESSAGE = 'No measured error for this method: treat the figure as rough.';

export function typicalErrorText(quality: ReadingQualityRecord): string | null {
  if (quality.typicalErrorPp === undefined) return null;
  return `typically within ±${quality.typicalErrorPp.toFixed(1)} points (9 in 10 validation photos)`;
}

export function ReadingQualityNote({ quality }: { quality: ReadingQualityRecord }) {
  const typical = typicalErrorText(quality);
  return (
    <div className="analysis-quality" data-testid="reading-quality">
      {typical && <div className="muted analysis-quality__typical">{typical}</div>}
      <div className="muted analysis-quality__uncertain">
        {quality.uncertainPct.toFixed(0)} % of the photo undecided
      </div>
      {quality.lowConfidence && (
        <div className="analysis-notice" role="note" data-testid="low-confidence">
          {quality.calibrated ? LOW_CONFIDENCE_MESSAGE : UNCALIBRATED_MESSAGE}
        </div>
      )}
    </div>
  );
}
