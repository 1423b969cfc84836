// Stop 32's study of the out-of-focus flag on photos a phone finished after the lens: the finish
// (grain, sharpening, JPEG), the candidate statistics, and the rule written before the sweep
// (models/.cache/stop32-phone-defocus-rule.md) on readings whose answer is known.
import { describe, expect, it } from 'vitest';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import { scalpFocus, STOP26_FOCUS, type BinomialTaps } from '../../src/analysis/worker/photoFocus';
import { gaussianSmooth } from '../../src/analysis/worker/photoNoise';
import {
  chooseCandidate,
  triggered,
  type PhoneDefocusReading,
} from '../../scripts/node/phoneDefocus';
import { PHONE_FINISHES, phoneFinished } from '../../scripts/node/phoneFinish';
import { bars } from '../analysis/shaftFakes';

const W = 128;
const H = 96;
const allSkin = (): ClassProbabilities => ({
  widthPx: W,
  heightPx: H,
  hair: new Float32Array(W * H),
  skin: new Float32Array(W * H).fill(1),
  background: new Float32Array(W * H),
});
const [gaussian, phone4] = [PHONE_FINISHES[0], PHONE_FINISHES[2]];
/** Edge sharpness of an all-scalp photo, read with `taps` of smoothing, grain corrected or not. */
const sharpness = (photo: PixelImage, taps: BinomialTaps, grainCorrected: boolean) =>
  scalpFocus(photo, allSkin(), { smoothingTaps: taps, grainCorrected })!.edgeSharpness;

describe('phone finish', () => {
  it('leaves the Gaussian finish alone and adds the same grain for the same seed', async () => {
    const photo = gaussianSmooth(bars(W, H, 4, 24), 3);
    expect(await phoneFinished(photo, gaussian!, 1)).toBe(photo);
    const a = await phoneFinished(photo, phone4!, 1);
    expect((await phoneFinished(photo, phone4!, 1)).data).toEqual(a.data);
    expect((await phoneFinished(photo, phone4!, 2)).data).not.toEqual(a.data);
    expect([a.widthPx, a.heightPx, a.channels]).toEqual([W, H, 3]);
  });

  it('makes a blurred photo look sharper to stop 26’s statistic, less so to the smoothed ones', async () => {
    const blurred = gaussianSmooth(bars(W, H, 4, 24), 4);
    const finished = await phoneFinished(blurred, phone4!, 3);
    const before = scalpFocus(blurred, allSkin(), STOP26_FOCUS)!.edgeSharpness;
    const after = scalpFocus(finished, allSkin(), STOP26_FOCUS)!.edgeSharpness;
    expect(after).toBeGreaterThan(before);
    // The 5-tap smoothing takes back most of what the grain and halos added.
    const s5Before = sharpness(blurred, 5, false);
    const s5After = sharpness(finished, 5, false);
    expect(s5After / s5Before).toBeLessThan(after / before);
  });

  it('takes the grain out: a grain-corrected blurred photo reads softer than without the correction', async () => {
    const blurred = gaussianSmooth(bars(W, H, 4, 24), 4);
    const finished = await phoneFinished(blurred, phone4!, 3);
    for (const taps of [5, 9] as const) {
      const plain = sharpness(finished, taps, false);
      const corrected = sharpness(finished, taps, true);
      expect(corrected).toBeLessThan(plain);
    }
    // Without grain the median step of this photo is 0, so the correction changes nothing.
    const crisp = bars(W, H, 4, 24);
    expect(sharpness(crisp, 9, true)).toBe(sharpness(crisp, 9, false));
  });
});

const reading = (
  finish: string,
  sigmaPx: number,
  values: { stop26: number; s3: number; s5: number },
  errorPp: number,
  group = 'dense',
): PhoneDefocusReading => ({
  group,
  id: `${group}-${finish}-${sigmaPx}`,
  finish,
  sigmaPx,
  truthPct: 40,
  readPct: 40 - errorPp,
  errorPp,
  boundPp: 5,
  uncertainPct: 2,
  s5n: null,
  s9: null,
  s9n: null,
  ...values,
});

// Stop 26's statistic loses heavy blur under a phone finish; s5 keeps it; s3 flags sharp photos.
const readings: PhoneDefocusReading[] = ['gaussian', 'phone-2', 'phone-4'].flatMap((finish) => {
  const phone = finish !== 'gaussian';
  return [
    reading(finish, 0, { stop26: 0.4, s3: phone ? 0.1 : 0.3, s5: 0.3 }, 3),
    reading(finish, 1, { stop26: 0.3, s3: 0.2, s5: 0.2 }, 3, 'dermoscopy'),
    reading(finish, 3, { stop26: phone ? 0.25 : 0.12, s3: 0.09, s5: 0.08 }, 20),
    reading(finish, 6, { stop26: phone ? 0.2 : 0.1, s3: 0.06, s5: 0.06 }, 35),
  ];
});

describe('the stop-32 rule', () => {
  it('is triggered when a phone finish hides heavy blur from stop 26’s flag', () => {
    expect(triggered(readings)).toBe(true);
    const unhidden = readings.map((r) => ({ ...r, stop26: r.sigmaPx >= 3 ? 0.1 : r.stop26 }));
    expect(triggered(unhidden)).toBe(false);
  });

  it('takes the most aggressive allowed cut and adopts the candidate that separates', () => {
    const { choices, chosen } = chooseCandidate(readings, ['s3', 's5'], [0.08, 0.1, 0.15, 0.25]);
    // s3 flags the phone-finished sharp photos at 0.10 and above: its cut is 0.08, which misses
    // σ 3 and so separates less than s5 does.
    expect(choices[0]).toMatchObject({ statistic: 's3', threshold: 0.08 });
    // s5: 0.25 flags the close-up at σ 1 (0.2), so 0.15; flags all heavy blur on every finish.
    expect(choices[1]).toMatchObject({
      statistic: 's5',
      threshold: 0.15,
      adoptable: true,
      criteria: { a: true, b: true, c: true, d: true },
    });
    expect(chosen?.statistic).toBe('s5');
  });

  it('adopts nothing when the flagged readings do not err more than the rest', () => {
    const flat = readings.map((r) => ({ ...r, errorPp: 3 }));
    expect(chooseCandidate(flat, ['s3', 's5'], [0.08, 0.1, 0.15, 0.25]).chosen).toBeUndefined();
  });
});
