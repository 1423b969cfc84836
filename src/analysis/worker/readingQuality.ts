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

/**
 * The bound's scene term: coverage read in a frame that is partly not scalp (backdrop, clothes,
 * face), coverage % × background % / 100. Whole-head photos with much hair err most and a
 * top-down or close-up photo has little backdrop; the product, unlike either share alone, stays
 * small for a sparse crown against a backdrop and for a dense close-up filling the frame.
 */
export function sceneTermPct(coveragePct: number, backgroundPct: number): number {
  return (coveragePct * backgroundPct) / 100;
}

/**
 * The error that 9 in 10 validation readings stayed within: from the card's line in the
 * undecided-pixel share (and, when the card has one, its scene term) when it has one, else its
 * single figure. Rounded to 0.1 pp as shown, and never past 100 pp, which any coverage reading is
 * within.
 */
export function typicalErrorPp(
  quality: ModelQuality,
  figures: Pick<CoverageFigures, 'uncertainPct' | 'hairCoveragePct' | 'backgroundPct'>,
): number {
  const line = quality.coverageErrorP90Line;
  if (!line) return quality.coverageErrorP90Pp;
  const pp =
    line.interceptPp +
    line.perUncertainPct * figures.uncertainPct +
    (line.perSceneTermPct ?? 0) * sceneTermPct(figures.hairCoveragePct, figures.backgroundPct);
  return Math.min(100, Math.round(pp * 10) / 10);
}

export function assessReading(
  figures: Pick<CoverageFigures, 'uncertainPct' | 'hairCoveragePct' | 'backgroundPct'>,
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
    typicalErrorPp: quality && typicalErrorPp(quality, figures),
    ...(quality?.coverageErrorP90Line ? { typicalErrorByUncertainty: true } : {}),
    ...(quality?.changeErrorP90Pp !== undefined ? { changeErrorPp: quality.changeErrorP90Pp } : {}),
    ...(rescale ? rescaleRecord(rescale) : {}),
    ...(scopeFrame ? { outsideScopePct: Math.round(scopeFrame.outsideShare * 1000) / 10 } : {}),
  };
}
