// The words shown beside a coverage reading: typical error, a shaft-width rescale, noise smoothing, blown-out highlights.
import { describe, expect, it } from 'vitest';
import type { ReadingQualityRecord } from '../../../src/domain/analysis';
import {
  blownOutText,
  noiseText,
  rescaleText,
  outOfFocusText,
  smallPhotoText,
  typicalErrorText,
} from '../../../src/features/analysis/readingQualityText';

const quality: ReadingQualityRecord = {
  uncertainPct: 4,
  calibrated: true,
  lowConfidence: false,
  typicalErrorPp: 10.19,
};

describe('reading quality text', () => {
  it('states the typical error where it was measured', () => {
    expect(typicalErrorText(quality)).toBe(
      'typically within ±10.2 points (9 in 10 validation photos)',
    );
    expect(typicalErrorText({ ...quality, typicalErrorPp: undefined })).toBeNull();
    // Read off the card's line: the comparison is with photos as undecided as this one.
    expect(
      typicalErrorText({ ...quality, typicalErrorPp: 3.7, typicalErrorByUncertainty: true }),
    ).toBe('typically within ±3.7 points (9 in 10 validation photos as undecided as this one)');
  });

  it('says when and why a photo was analysed at a smaller scale', () => {
    expect(rescaleText(quality)).toBeNull();
    expect(rescaleText({ ...quality, analysedAtScale: 0.664, shaftWidthPx: 36.1 })).toBe(
      "Analysed at 66 % of the photo's size: hair here reads wider (~36 px) than the model was trained on.",
    );
  });

  it('says when and why a photo was analysed enlarged', () => {
    expect(rescaleText({ ...quality, analysedAtScale: 1.414, ridgeSigmaPx: 1.2 })).toBe(
      "Analysed at 141 % of the photo's size: hair here reads thinner than the model was trained on, so the photo was enlarged for it.",
    );
  });

  it('says when much of the scalp was blown out, and nothing otherwise', () => {
    expect(blownOutText(quality)).toBeNull();
    expect(blownOutText({ ...quality, blownOutPct: 41.6 })).toBe(
      'Overexposed: 42 % of the scalp in this photo is blown out to white (flash or strong light), where the camera recorded no hair. Such photos read far off, beyond the error above: check the mask, and retake without direct flash or in softer light.',
    );
  });

  it('says when a photo was too small to read, and nothing otherwise', () => {
    expect(smallPhotoText(quality)).toBeNull();
    expect(smallPhotoText({ ...quality, smallPhotoSidePx: 96 })).toBe(
      'Small photo: only 96 px on its shorter side, too little of the scalp for the model to read reliably; such photos read far off, beyond the error above. Import the original photo, not a thumbnail or a crop.',
    );
  });

  it('says when a photo was out of focus, and nothing otherwise', () => {
    expect(outOfFocusText(quality)).toBeNull();
    expect(outOfFocusText({ ...quality, edgeSharpness: 0.125 })).toBe(
      'Out of focus: the sharpest edges on the scalp in this photo are soft (sharpness 0.13; photos in focus read about 0.25 or more). Blur erases fine hair, and such photos read far too low, beyond the error above: retake it in focus (tap the scalp to focus, hold still, use more light).',
    );
  });

  it('says when a grainy photo was smoothed before it was read, and nothing otherwise', () => {
    expect(noiseText(quality)).toBeNull();
    expect(noiseText({ ...quality, noiseSigma: 9.6 })).toBe(
      'Grainy photo (noise about 10 grey levels, as in dim light): it was smoothed before it was read, so grain would not count as fine hair. A photo in better light reads closer.',
    );
  });
});
