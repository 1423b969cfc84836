// Whether one coverage reading deserves trust, from the segmenter's own per-pixel uncertainty and
// the model card's calibration (src/analysis/worker/modelMeta.ts, ModelQuality). Kept apart from
// the coverage math: the figures are facts about the probabilities, this is a judgement on them.
import type { ReadingQualityRecord } from '../../domain/analysis';
import type { CoverageFigures } from './coverage';
import type { ShaftRescale } from './image';
import type { ModelQuality } from './modelMeta';
import type { ScopeFrame } from './scopeFrame';

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

/** What a reading's stated error is read off: one of the card's lines, or its single figure. */
export type ErrorBasis = 'ambiguity' | 'undecided' | 'single';

/** The card's preferred basis: the line in the scalp ambiguity, else in the undecided share. */
export function errorBasis(quality: ModelQuality): ErrorBasis {
  if (quality.coverageErrorP90AmbiguityLine) return 'ambiguity';
  return quality.coverageErrorP90Line ? 'undecided' : 'single';
}

/** What the stated error is read from; scalpAmbiguityPct is absent on some older callers. */
export type ErrorFigures = Pick<CoverageFigures, 'uncertainPct'> &
  Partial<Pick<CoverageFigures, 'scalpAmbiguityPct'>>;

/** The basis actually usable for these figures (a line needs its figure). */
function usableBasis(quality: ModelQuality, figures: ErrorFigures, basis: ErrorBasis): ErrorBasis {
  if (basis === 'ambiguity' && quality.coverageErrorP90AmbiguityLine) {
    if (figures.scalpAmbiguityPct !== undefined) return 'ambiguity';
    basis = 'undecided';
  }
  if (basis === 'undecided' && quality.coverageErrorP90Line) return 'undecided';
  return 'single';
}

/**
 * The error that 9 in 10 validation readings stayed within: from the card's line in the scalp
 * ambiguity or in the undecided-pixel share when it has one (or from `basis`, to compare them),
 * else its single figure. Rounded to 0.1 pp as shown, and never past 100 pp, which any coverage
 * reading is within.
 */
export function typicalErrorPp(
  quality: ModelQuality,
  figures: ErrorFigures,
  basis: ErrorBasis = errorBasis(quality),
): number {
  const used = usableBasis(quality, figures, basis);
  const ambiguityLine = quality.coverageErrorP90AmbiguityLine;
  const line = quality.coverageErrorP90Line;
  let pp = quality.coverageErrorP90Pp;
  if (used === 'ambiguity' && ambiguityLine)
    pp =
      ambiguityLine.interceptPp + ambiguityLine.perAmbiguityPct * (figures.scalpAmbiguityPct ?? 0);
  else if (used === 'undecided' && line)
    pp = line.interceptPp + line.perUncertainPct * figures.uncertainPct;
  else return pp;
  return Math.min(100, Math.round(pp * 10) / 10);
}

/** The record's flags for a stated error read off a line (absent for the single figure). */
function basisRecord(
  basis: ErrorBasis,
): Pick<ReadingQualityRecord, 'typicalErrorByUncertainty' | 'typicalErrorByAmbiguity'> {
  if (basis === 'single') return {};
  return basis === 'ambiguity'
    ? { typicalErrorByUncertainty: true, typicalErrorByAmbiguity: true }
    : { typicalErrorByUncertainty: true };
}

export function assessReading(
  figures: ErrorFigures,
  quality: ModelQuality | undefined,
  rescale?: ShaftRescale,
  scopeFrame?: ScopeFrame,
): ReadingQualityRecord {
  return {
    uncertainPct: figures.uncertainPct,
    calibrated: quality !== undefined,
    // More undecided pixels than in 95 % of the validation photos: check the mask by eye.
    // No calibration (the classical baseline, an old card): never claim confidence we lack.
    lowConfidence: quality ? figures.uncertainPct > quality.uncertainPctWarn : true,
    ...(figures.scalpAmbiguityPct !== undefined
      ? { scalpAmbiguityPct: Math.round(figures.scalpAmbiguityPct * 10) / 10 }
      : {}),
    typicalErrorPp: quality && typicalErrorPp(quality, figures),
    ...basisRecord(quality ? usableBasis(quality, figures, errorBasis(quality)) : 'single'),
    ...(quality?.changeErrorP90Pp !== undefined ? { changeErrorPp: quality.changeErrorP90Pp } : {}),
    ...(rescale ? rescaleRecord(rescale) : {}),
    ...(scopeFrame ? { outsideScopePct: Math.round(scopeFrame.outsideShare * 1000) / 10 } : {}),
  };
}
