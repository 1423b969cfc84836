import { describe, expect, it } from 'vitest';
import type { HairCountRecord } from '../../src/domain/analysis';
import {
  countedAreaCm2,
  fieldOfViewProblem,
  hairsPerCm2,
  shaftWidthUm,
} from '../../src/domain/density';

const count = (over: Partial<HairCountRecord> = {}): HairCountRecord => ({
  hairs: 50,
  shaftWidthPx: 16,
  scalpPct: 100,
  analysisWidthPx: 2000,
  analysisHeightPx: 1500,
  ...over,
});

describe('density', () => {
  it('turns a count over a 10 mm × 7.5 mm field into hairs per cm²', () => {
    expect(countedAreaCm2(count(), 10)).toBeCloseTo(0.75, 10);
    expect(hairsPerCm2(count(), 10)).toBeCloseTo(50 / 0.75, 10);
  });

  it('counts only the scalp part of the frame (a round scope field, a banner)', () => {
    // Half the frame is the dark ring around the field of view: the same hairs, half the area.
    expect(hairsPerCm2(count({ scalpPct: 50 }), 10)).toBeCloseTo((2 * 50) / 0.75, 10);
  });

  it('gives the shaft width in µm from the field of view', () => {
    // 10 mm over 2000 px is 5 µm per px.
    expect(shaftWidthUm(count(), 10)).toBeCloseTo(80, 10);
  });

  it('gives nothing without a count, a field of view, scalp, or with an impossible field of view', () => {
    expect(hairsPerCm2(count({ hairs: undefined, reason: 'mat' }), 10)).toBeUndefined();
    expect(hairsPerCm2(count(), undefined)).toBeUndefined();
    expect(hairsPerCm2(count({ scalpPct: 0 }), 10)).toBeUndefined();
    expect(hairsPerCm2(count(), 0.1)).toBeUndefined();
    expect(shaftWidthUm(count(), 500)).toBeUndefined();
    expect(shaftWidthUm(count({ shaftWidthPx: undefined }), 10)).toBeUndefined();
  });

  it('explains a field of view out of range', () => {
    expect(fieldOfViewProblem(8)).toBeUndefined();
    expect(fieldOfViewProblem(0)).toMatch(/0\.5–60 mm/);
    expect(fieldOfViewProblem(Number.NaN)).toMatch(/in mm/);
  });
});
