import { describe, expect, it } from 'vitest';
import { hairCountText } from '../../../src/features/analysis/hairCountText';

const base = { scalpPct: 100, analysisWidthPx: 1000, analysisHeightPx: 1000 };

describe('hairCountText', () => {
  it('gives the count, and hairs/cm² and shaft µm once the field of view is known', () => {
    const count = { ...base, hairs: 32, shaftWidthPx: 20 };
    expect(hairCountText(count)).toEqual({
      count: '32 hairs in the frame',
      density: undefined,
      shaft: 'typical shaft 20 px',
      needsFieldOfView: true,
      counter: 'counted by the rule counter (hair-count-1)',
    });
    // 4 mm square: 0.16 cm²; 4 µm per px.
    expect(hairCountText(count, 4)).toEqual({
      count: '32 hairs in the frame',
      density: '200 hairs/cm²',
      shaft: 'typical shaft 80 µm',
      needsFieldOfView: false,
      counter: 'counted by the rule counter (hair-count-1)',
    });
  });

  it('names the counter, so counts from different counters are not taken as comparable', () => {
    expect(hairCountText({ ...base, hairs: 9, counter: 'haircount-0.1.0' }).counter).toBe(
      'counted by the counting network haircount-0.1.0',
    );
    // Stored before stop 28: the rule counter made it.
    expect(hairCountText({ ...base, hairs: 9 }).counter).toMatch(/rule counter/);
  });

  it('says one hair, not one hairs', () => {
    expect(hairCountText({ ...base, hairs: 1 }).count).toBe('1 hair in the frame');
  });

  it('says why there is no count', () => {
    expect(hairCountText({ ...base, reason: 'too-thin' }, 4).count).toMatch(/too narrow/);
    expect(hairCountText({ ...base, reason: 'mat' }).count).toMatch(/covers the whole frame/);
    expect(hairCountText({ ...base, reason: 'unclear' }).count).toMatch(/a count would be a guess/);
    expect(hairCountText({ ...base, reason: 'mat' }).needsFieldOfView).toBe(false);
  });
});
