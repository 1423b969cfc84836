// Reading quality: flagged against the model card's calibration, never trusted without one.
import { describe, expect, it } from 'vitest';
import { parseModelMeta } from '../../src/analysis/worker/modelMeta';
import {
  assessReading,
  BLOWN_OUT_FLAG_PCT,
  SMALL_PHOTO_FLAG_SIDE_PX,
  OUT_OF_FOCUS_EDGE_SHARPNESS,
  typicalErrorPp,
} from '../../src/analysis/worker/readingQuality';
import { readingNeedsCheck } from '../../src/domain/analysis';
import { testModelMeta } from './testMeta';

const quality = { coverageErrorP90Pp: 4.2, uncertainPctWarn: 20, measuredOn: 'validation' };

describe('assessReading', () => {
  it('flags a photo with more undecided pixels than the calibrated threshold', () => {
    expect(assessReading({ uncertainPct: 12 }, quality)).toEqual({
      uncertainPct: 12,
      calibrated: true,
      lowConfidence: false,
      typicalErrorPp: 4.2,
    });
    expect(assessReading({ uncertainPct: 25 }, quality).lowConfidence).toBe(true);
  });

  it('passes on the validated change error when the card has one', () => {
    const r = assessReading({ uncertainPct: 12 }, { ...quality, changeErrorP90Pp: 2.5 });
    expect(r.changeErrorPp).toBe(2.5);
    expect(r.typicalErrorPp).toBe(4.2);
    expect('changeErrorPp' in assessReading({ uncertainPct: 12 }, quality)).toBe(false);
  });

  it('records a wide-shaft rescale, rounded, and nothing without one', () => {
    const r = assessReading({ uncertainPct: 3 }, quality, {
      shaftRescale: { kind: 'wide', factor: 0.66412, shaftWidthPx: 36.137 },
    });
    expect(r.analysedAtScale).toBe(0.664);
    expect(r.shaftWidthPx).toBe(36.1);
    expect('ridgeSigmaPx' in r).toBe(false);
    expect('analysedAtScale' in assessReading({ uncertainPct: 3 }, quality)).toBe(false);
  });

  it('records a thin-shaft rescale with its ridge scale, not a shaft width', () => {
    const r = assessReading({ uncertainPct: 3 }, quality, {
      shaftRescale: { kind: 'thin', factor: 1.41421, ridgeSigmaPx: 1.2345 },
    });
    expect(r.analysedAtScale).toBe(1.414);
    expect(r.ridgeSigmaPx).toBe(1.23);
    expect('shaftWidthPx' in r).toBe(false);
  });

  it("records the share of the frame outside a dermatoscope's field of view", () => {
    const frame = { cx: 100, cy: 100, radiusPx: 90, outsideShare: 0.23826 };
    const r = assessReading({ uncertainPct: 3 }, quality, { scopeFrame: frame });
    expect(r.outsideScopePct).toBe(23.8);
    expect('outsideScopePct' in assessReading({ uncertainPct: 3 }, quality)).toBe(false);
  });

  it('records the noise of a photo the noise rule smoothed, and nothing for a clean one', () => {
    const r = assessReading({ uncertainPct: 3 }, quality, {
      noiseSmoothing: { noiseSigma: 9.8765, blurSigmaPx: 1.2 },
    });
    expect(r.noiseSigma).toBe(9.9);
    expect('noiseSigma' in assessReading({ uncertainPct: 3 }, quality)).toBe(false);
  });

  it('flags a reading whose scalp is blown out over the threshold, and records that share', () => {
    const over = assessReading({ uncertainPct: 3 }, quality, {
      blownOut: { scalpPct: BLOWN_OUT_FLAG_PCT + 4.26 },
    });
    expect(over.blownOutPct).toBe(BLOWN_OUT_FLAG_PCT + 4.3);
    // The undecided share alone decides lowConfidence; readingNeedsCheck joins the two.
    expect(over.lowConfidence).toBe(false);
    expect(readingNeedsCheck(over)).toBe(true);
    const under = assessReading({ uncertainPct: 3 }, quality, {
      blownOut: { scalpPct: BLOWN_OUT_FLAG_PCT - 0.1 },
    });
    expect('blownOutPct' in under).toBe(false);
    expect(readingNeedsCheck(under)).toBe(false);
  });

  it('flags a photo whose shorter side is below the small-photo side, and records that side', () => {
    const side = SMALL_PHOTO_FLAG_SIDE_PX;
    const small = assessReading({ uncertainPct: 3 }, quality, {
      widthPx: 4 * side,
      heightPx: side - 1,
    });
    expect(small.smallPhotoSidePx).toBe(side - 1);
    expect(small.lowConfidence).toBe(false);
    expect(readingNeedsCheck(small)).toBe(true);
    const enough = assessReading({ uncertainPct: 3 }, quality, { widthPx: side, heightPx: side });
    expect('smallPhotoSidePx' in enough).toBe(false);
    expect(readingNeedsCheck(enough)).toBe(false);
    // Without the photo's size (an older caller) nothing is claimed either way.
    expect('smallPhotoSidePx' in assessReading({ uncertainPct: 3 }, quality, {})).toBe(false);
  });

  it('flags a photo whose scalp is out of focus, and records its edge sharpness', () => {
    const cut = OUT_OF_FOCUS_EDGE_SHARPNESS;
    const blurred = assessReading({ uncertainPct: 3 }, quality, {
      focus: { edgeSharpness: cut },
    });
    expect(blurred.edgeSharpness).toBe(cut);
    expect(blurred.lowConfidence).toBe(false);
    expect(readingNeedsCheck(blurred)).toBe(true);
    const sharp = assessReading({ uncertainPct: 3 }, quality, {
      focus: { edgeSharpness: cut + 0.01 },
    });
    expect('edgeSharpness' in sharp).toBe(false);
    expect(readingNeedsCheck(sharp)).toBe(false);
    // A close-up's wide shafts survive such blur: it is not flagged.
    const closeUp = assessReading(
      { uncertainPct: 3 },
      quality,
      { focus: { edgeSharpness: cut } },
      { closeUp: true },
    );
    expect('edgeSharpness' in closeUp).toBe(false);
  });

  it("states a reading's own error from the card's line in its undecided share", () => {
    const withLine = {
      ...quality,
      coverageErrorP90Line: { interceptPp: 2, perUncertainPct: 1.115 },
    };
    const clean = assessReading({ uncertainPct: 1.5 }, withLine);
    // 2 + 1.115 × 1.5 = 3.6725, shown to 0.1 pp.
    expect(clean.typicalErrorPp).toBe(3.7);
    expect(clean.typicalErrorByUncertainty).toBe(true);
    expect(assessReading({ uncertainPct: 20 }, withLine).typicalErrorPp).toBe(24.3);
    // No coverage reading is off by more than 100 points, so no bound says more.
    expect(assessReading({ uncertainPct: 99 }, withLine).typicalErrorPp).toBe(100);
    // A card without a line: every photo gets its single figure, and the record says nothing.
    expect(typicalErrorPp(quality, 20)).toBe(4.2);
    expect('typicalErrorByUncertainty' in assessReading({ uncertainPct: 20 }, quality)).toBe(false);
  });

  it('treats an uncalibrated segmenter as low confidence', () => {
    const r = assessReading({ uncertainPct: 1 }, undefined);
    expect(r).toEqual({
      uncertainPct: 1,
      calibrated: false,
      lowConfidence: true,
      typicalErrorPp: undefined,
    });
  });
});

describe('model card quality block', () => {
  const card = testModelMeta(512);

  it('is optional and parsed when present', () => {
    expect(parseModelMeta(card).quality).toBeUndefined();
    expect(parseModelMeta({ ...card, quality }).quality).toEqual(quality);
  });

  it('rejects nonsense figures with a clear message', () => {
    expect(() =>
      parseModelMeta({ ...card, quality: { coverageErrorP90Pp: -1, uncertainPctWarn: 5 } }),
    ).toThrow(/invalid "quality"/);
  });

  it('carries the validated hair threshold, and only a probability', () => {
    const withThreshold = { ...quality, hairThreshold: 0.4 };
    expect(parseModelMeta({ ...card, quality: withThreshold }).quality?.hairThreshold).toBe(0.4);
    expect(() => parseModelMeta({ ...card, quality: { ...quality, hairThreshold: 1.5 } })).toThrow(
      /hairThreshold/,
    );
  });

  it('carries the coverage temperature, and only a positive one up to 2', () => {
    const withT = { ...quality, coverageTemperature: 0.5 };
    expect(parseModelMeta({ ...card, quality: withT }).quality?.coverageTemperature).toBe(0.5);
    expect('coverageTemperature' in (parseModelMeta({ ...card, quality }).quality ?? {})).toBe(
      false,
    );
    for (const bad of [0, -1, 3, '0.5'])
      expect(() =>
        parseModelMeta({ ...card, quality: { ...quality, coverageTemperature: bad } }),
      ).toThrow(/coverageTemperature/);
  });

  it('carries the change error, and only a non-negative one', () => {
    const withChange = { ...quality, changeErrorP90Pp: 6.1 };
    expect(parseModelMeta({ ...card, quality: withChange }).quality?.changeErrorP90Pp).toBe(6.1);
    expect(() =>
      parseModelMeta({ ...card, quality: { ...quality, changeErrorP90Pp: -2 } }),
    ).toThrow(/changeErrorP90Pp/);
  });

  it('carries the error line, and only non-negative coefficients', () => {
    const line = { interceptPp: 2, perUncertainPct: 1.1 };
    const withLine = { ...quality, coverageErrorP90Line: line };
    expect(parseModelMeta({ ...card, quality: withLine }).quality?.coverageErrorP90Line).toEqual(
      line,
    );
    for (const bad of [{ interceptPp: 2 }, { interceptPp: -1, perUncertainPct: 1 }, 'steep'])
      expect(() =>
        parseModelMeta({ ...card, quality: { ...quality, coverageErrorP90Line: bad } }),
      ).toThrow(/coverageErrorP90Line/);
  });
});
