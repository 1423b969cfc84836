// Whether one coverage reading deserves trust, from the segmenter's own per-pixel uncertainty and
// the model card's calibration (src/analysis/worker/modelMeta.ts, ModelQuality). Kept apart from
// the coverage math: the figures are facts about the probabilities, this is a judgement on them.
import type { CoverageFigures } from './coverage';
import type { ModelQuality } from './modelMeta';

export interface ReadingQuality {
  /** Share of the photo the segmenter could not decide, percent. */
  uncertainPct: number;
  /** The segmenter has measured error figures (the model card's quality block). */
  calibrated: boolean;
  /**
   * More undecided pixels than in 95 % of the validation photos, or no calibration at all: check
   * the mask by eye before relying on the figure.
   */
  lowConfidence: boolean;
  /** Typical error of this segmenter (90th percentile on validation), percentage points. */
  typicalErrorPp?: number;
}

export function assessReading(
  figures: Pick<CoverageFigures, 'uncertainPct'>,
  quality: ModelQuality | undefined,
): ReadingQuality {
  return {
    uncertainPct: figures.uncertainPct,
    calibrated: quality !== undefined,
    // No calibration (the classical baseline, an old card): never claim confidence we lack.
    lowConfidence: quality ? figures.uncertainPct > quality.uncertainPctWarn : true,
    typicalErrorPp: quality?.coverageErrorP90Pp,
  };
}
