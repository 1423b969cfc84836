import { describe, expect, it } from 'vitest';
import { omit } from './omit';
import {
  newAnalysis,
  normaliseAnalysis,
  readingNeedsCheck,
  validateAnalysis,
  type ReadingQualityRecord,
} from '../../src/domain/analysis';
import type { PhotoId } from '../../src/domain/ids';

function analysis() {
  return newAnalysis({
    photoId: 'ph1' as PhotoId,
    model: { name: 'hairseg', version: 'hairseg-0.1.0', backend: 'webgpu' },
    metrics: [{ region: 'whole', coveragePct: 55.2 }],
    durationMs: 800,
  });
}

describe('analysis', () => {
  it('newAnalysis is valid', () => {
    expect(validateAnalysis(analysis()).ok).toBe(true);
  });

  it('validateAnalysis checks the model reference and metric ranges', () => {
    const r = validateAnalysis({
      ...analysis(),
      model: { name: 'hairseg', version: '' },
      metrics: [{ region: 'whole', coveragePct: 120 }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'Analysis.model.version must not be empty',
        'Analysis.model.backend is required',
        'Analysis.metrics[0].coveragePct must be at most 100',
      ]);
    }
  });

  it('normaliseAnalysis fills missing metrics and duration', () => {
    const r = normaliseAnalysis(omit(analysis(), 'metrics', 'durationMs'));
    expect(r.ok && r.value.metrics).toEqual([]);
    expect(r.ok && r.value.durationMs).toBe(0);
  });

  it('keeps a reading-quality block and checks its fields', () => {
    const quality = {
      uncertainPct: 12.5,
      calibrated: true,
      lowConfidence: false,
      typicalErrorPp: 3.1,
    };
    expect(validateAnalysis({ ...analysis(), quality }).ok).toBe(true);
    const r = validateAnalysis({
      ...analysis(),
      quality: { ...quality, uncertainPct: 140, calibrated: 'yes' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'Analysis.quality.uncertainPct must be at most 100',
        'Analysis.quality.calibrated must be true or false',
      ]);
    }
  });

  it('keeps the scale a wide- or thin-shaft photo was analysed at, and only a scale up to 2', () => {
    const quality = { uncertainPct: 3, calibrated: true, lowConfidence: false };
    const wide = { ...quality, analysedAtScale: 0.66, shaftWidthPx: 36 };
    expect(validateAnalysis({ ...analysis(), quality: wide }).ok).toBe(true);
    const thin = { ...quality, analysedAtScale: 1.41, ridgeSigmaPx: 1.1 };
    expect(validateAnalysis({ ...analysis(), quality: thin }).ok).toBe(true);
    const r = validateAnalysis({ ...analysis(), quality: { ...wide, analysedAtScale: 2.5 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['Analysis.quality.analysedAtScale must be at most 2']);
    const bad = validateAnalysis({ ...analysis(), quality: { ...thin, ridgeSigmaPx: -1 } });
    expect(bad.ok).toBe(false);
  });

  // A flagged reading keeps its flag's figure, needs a check before it is relied on, and a
  // figure out of its range is refused.
  it.each([
    { field: 'blownOutPct', kept: 41.2, bad: 140, error: 'must be at most 100' },
    { field: 'smallPhotoSidePx', kept: 96, bad: 0, error: 'must be at least 1' },
    { field: 'edgeSharpness', kept: 0.12, bad: 1.5, error: 'must be at most 1' },
  ] as const)(
    'keeps $field of a flagged reading, and refuses $bad',
    ({ field, kept, bad, error }) => {
      const flag = (value: number): Partial<ReadingQualityRecord> => ({ [field]: value });
      const quality = { uncertainPct: 3, calibrated: true, lowConfidence: false, ...flag(kept) };
      expect(validateAnalysis({ ...analysis(), quality }).ok).toBe(true);
      expect(readingNeedsCheck(quality)).toBe(true);
      const r = validateAnalysis({ ...analysis(), quality: { ...quality, ...flag(bad) } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([`Analysis.quality.${field} ${error}`]);
    },
  );

  it('normaliseAnalysis drops a damaged quality block instead of failing the record', () => {
    const r = normaliseAnalysis({ ...analysis(), quality: 'garbage' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.quality).toBeUndefined();
  });
});

describe('analysis hair count', () => {
  const hairCount = {
    hairs: 42,
    shaftWidthPx: 14.5,
    scalpPct: 78.2,
    analysisWidthPx: 1920,
    analysisHeightPx: 1440,
  };

  it('stores a trichoscopy count, and a reason in place of one', () => {
    expect(validateAnalysis({ ...analysis(), hairCount }).ok).toBe(true);
    const none = {
      reason: 'too-thin',
      shaftWidthPx: 2,
      scalpPct: 90,
      analysisWidthPx: 10,
      analysisHeightPx: 10,
    };
    expect(validateAnalysis({ ...analysis(), hairCount: none }).ok).toBe(true);
    const unclear = { ...none, reason: 'unclear' };
    expect(validateAnalysis({ ...analysis(), hairCount: unclear }).ok).toBe(true);
    const unknown = { ...none, reason: 'guessed' };
    expect(validateAnalysis({ ...analysis(), hairCount: unknown }).ok).toBe(false);
  });

  it('rejects a count that cannot be', () => {
    const r = validateAnalysis({
      ...analysis(),
      hairCount: { ...hairCount, hairs: 2.5, reason: 'x' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join(' ')).toMatch(/hairCount\.hairs/);
      expect(r.errors.join(' ')).toMatch(/hairCount\.reason/);
    }
  });

  it('drops a damaged count on read instead of losing the reading', () => {
    const r = normaliseAnalysis({ ...analysis(), hairCount: 'garbage' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.hairCount).toBeUndefined();
  });
});
