import { describe, expect, it } from 'vitest';
import { calibratedHairCount } from '../../src/analysis/worker/hairCountCalibration';

// One frame of 2048 × 1536 px (diagonal 2560): 10 traced hairs, 40-px shafts, hair length 2.5
// diagonals. models/tests/test_count_calibrate.py checks the Python fit's `calibrated` on the
// same cases and coefficients, so the app and the fit cannot drift apart.
const CASE = {
  ruleHairs: 10,
  hairAreaPx: 40 * 2.5 * 2560,
  shaftWidthPx: 40,
  widthPx: 2048,
  heightPx: 1536,
};

describe('calibratedHairCount', () => {
  it('gives the count the fitted formula gives for a worked case', () => {
    expect(calibratedHairCount(CASE)).toBe(8);
  });

  it('depends on ratios within the photo, not its resolution', () => {
    for (const k of [0.25, 0.5, 2]) {
      expect(
        calibratedHairCount({
          ...CASE,
          hairAreaPx: CASE.hairAreaPx * k * k,
          shaftWidthPx: CASE.shaftWidthPx * k,
          widthPx: CASE.widthPx * k,
          heightPx: CASE.heightPx * k,
        }),
      ).toBe(8);
    }
  });

  it('does not extrapolate past the shaft widths it was fitted on', () => {
    // 4-px shafts in a 2048-px frame: a tenth of the narrowest relative width in training.
    const thin = { ...CASE, shaftWidthPx: 4, hairAreaPx: 4 * 2.5 * 2560 };
    const edge = { ...CASE, shaftWidthPx: 2560 * Math.exp(-5.19), hairAreaPx: 0 };
    edge.hairAreaPx = edge.shaftWidthPx * 2.5 * 2560;
    expect(calibratedHairCount(thin)).toBe(5);
    expect(calibratedHairCount(thin)).toBe(calibratedHairCount(edge));
  });

  it('keeps 0 as 0 and never decreases as the traced count grows', () => {
    expect(calibratedHairCount({ ...CASE, ruleHairs: 0 })).toBe(0);
    let last = 0;
    for (let n = 1; n <= 80; n += 1) {
      const hairs = calibratedHairCount({ ...CASE, ruleHairs: n });
      expect(hairs).toBeGreaterThanOrEqual(last);
      last = hairs;
    }
  });
});
