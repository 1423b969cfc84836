// The out-of-focus flag's choice from its sweep (scripts/node/defocus.ts): the rule written before
// the sweep and its amendment, applied to readings whose answer is known.
import { describe, expect, it } from 'vitest';
import {
  chooseFocusFlag,
  thresholdTable,
  type DefocusReading,
  type FocusStatistic,
} from '../../scripts/node/defocus';

const reading = (
  group: string,
  sigmaPx: number,
  edgeSharpness: number,
  blurScore: number,
  errorPp: number,
  boundPp = 5,
): DefocusReading => ({
  group,
  id: `${group}-${sigmaPx}-${edgeSharpness}`,
  sigmaPx,
  finish: 'gaussian',
  truthPct: 40,
  readPct: 40 - errorPp,
  errorPp,
  boundPp,
  uncertainPct: 2,
  edgeSharpness,
  blurScore,
});

// Phone-scale scenes lose their hair when blurred; close-ups read well at any of these blurs.
// Blur score calls sharp close-ups blurred; edge sharpness does not.
const readings: DefocusReading[] = [
  reading('dense', 0, 0.45, 0.25, 3),
  reading('dense', 1, 0.3, 0.35, 3),
  reading('dense', 2, 0.2, 0.55, 5),
  reading('dense', 3, 0.14, 0.7, 20),
  reading('dense', 6, 0.12, 0.8, 40),
  reading('dermoscopy', 0, 0.3, 0.45, 1),
  reading('dermoscopy', 1, 0.22, 0.6, 1),
  reading('dermoscopy', 2, 0.17, 0.72, 1),
  reading('dermoscopy', 3, 0.15, 0.8, 2),
  reading('dermoscopy', 6, 0.13, 0.86, 9),
];

const edge: FocusStatistic = { name: 'edgeSharpness', flags: 'below', grid: [0.1, 0.15, 0.2] };
const blur: FocusStatistic = { name: 'blurScore', flags: 'above', grid: [0.5, 0.7, 0.9] };

describe('thresholdTable', () => {
  it('counts photos as they came, sharp close-ups and blurred readings on each side', () => {
    const [, at15] = thresholdTable(readings, edge);
    expect(at15).toMatchObject({ threshold: 0.15, asTheyCamePct: 0, sharpCloseUpsPct: 0 });
    // σ > 0 at or below 0.15: dense σ 3 and 6, dermoscopy σ 3 and 6.
    expect(at15?.flagged).toMatchObject({ readings: 4, meanErrorPp: (20 + 40 + 2 + 9) / 4 });
    expect(at15?.rest.readings).toBe(4);
    const [at50] = thresholdTable(readings, blur);
    expect(at50?.sharpCloseUpsPct).toBe(100);
  });
});

describe('chooseFocusFlag', () => {
  it('takes the most aggressive threshold within the caps, and the statistic that separates', () => {
    const { choices, chosen } = chooseFocusFlag(readings, [blur, edge]);
    // Blur score: 0.5 and 0.7 flag sharp close-ups; at 0.9 nothing is flagged.
    expect(choices[0]).toMatchObject({ statistic: 'blurScore', threshold: 0.9, adoptable: false });
    // Edge sharpness: 0.2 flags the close-up at σ 2 (50 % of close-ups at σ 1–2), 0.15 none.
    expect(choices[1]).toMatchObject({ statistic: 'edgeSharpness', threshold: 0.15 });
    expect(chosen?.statistic).toBe('edgeSharpness');
    expect(chosen?.errorRatio).toBeCloseTo(17.75 / 2.5, 6);
  });

  it('adopts nothing when the flagged readings do not err much more than the rest', () => {
    const flat = readings.map((r) => ({ ...r, errorPp: 3 }));
    expect(chooseFocusFlag(flat, [blur, edge]).chosen).toBeUndefined();
  });
});
