// Turns a finished analysis into a stored Analysis record (with its mask PNG) through the
// storage layer's public API. The record names the model, version and backend that ran, so
// numbers from the classical fallback are never mistaken for model numbers.
import { newAnalysis, WHOLE_REGION, type Analysis } from '../../domain/analysis';
import { newId, type BlobId, type PhotoId } from '../../domain/ids';
import type { AnalyzeResult } from '../../analysis/protocol';
import { analysisRepo } from '../../storage';

export async function saveAnalysis(photoId: PhotoId, result: AnalyzeResult): Promise<Analysis> {
  const maskBlobId = result.maskPng ? newId<BlobId>() : undefined;
  const record = newAnalysis({
    photoId,
    model: { ...result.model },
    metrics: [{ region: WHOLE_REGION, coveragePct: storedCoveragePct(result.hairCoveragePct) }],
    quality: { ...result.quality },
    ...(result.hairCount ? { hairCount: { ...result.hairCount } } : {}),
    maskBlobId,
    durationMs: Math.round(result.durationMs),
  });
  return analysisRepo.put(record, result.maskPng);
}

/**
 * Coverage as stored (2 decimals). The live readout shows this same value, so the figure does
 * not change by a display step (e.g. 61.449 → "61.4" live, 61.45 → "61.5" stored) on reload.
 */
export function storedCoveragePct(value: number): number {
  return Math.round(value * 100) / 100;
}
