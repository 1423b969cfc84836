// The small-photo flag's choice from its sweep table (scripts/node/smallPhoto.ts): the rule written
// before the sweep, applied to tables whose answer is known.
import { describe, expect, it } from 'vitest';
import { sideTable, smallestTrustedSide, type CropReading } from '../../scripts/node/smallPhoto';

const reading = (sidePx: number, errorPp: number, boundPp = 5): CropReading => ({
  group: 'dense',
  id: `${sidePx}-${errorPp}`,
  sidePx,
  truthPct: 50,
  readPct: 50 + errorPp,
  errorPp,
  boundPp,
  uncertainPct: 2,
});

describe('sideTable', () => {
  it('summarises each crop side, largest first, against the largest side', () => {
    const table = sideTable([reading(128, 6), reading(448, 2), reading(448, 4), reading(128, 12)]);
    expect(table.map((r) => r.sidePx)).toEqual([448, 128]);
    expect(table[0]).toMatchObject({ readings: 2, meanErrorPp: 3, withinPct: 100, errorRatio: 1 });
    expect(table[1]).toMatchObject({ readings: 2, meanErrorPp: 9, withinPct: 0, errorRatio: 3 });
  });
});

describe('smallestTrustedSide', () => {
  const row = (sidePx: number, withinPct: number, errorRatio: number) => ({
    sidePx,
    readings: 10,
    meanErrorPp: errorRatio * 4,
    withinPct,
    errorRatio,
  });

  it('is the smallest side from which every larger side also holds both conditions', () => {
    const table = [row(448, 95, 1), row(256, 90, 1.2), row(128, 86, 1.4), row(64, 70, 2.5)];
    expect(smallestTrustedSide(table)).toBe(128);
  });

  it('stops at the first side that fails, even if a smaller one holds again', () => {
    const table = [row(448, 95, 1), row(256, 80, 1.1), row(128, 90, 1.2)];
    expect(smallestTrustedSide(table)).toBe(448);
  });

  it('fails on either condition alone, and says so when even the whole image fails', () => {
    expect(smallestTrustedSide([row(448, 95, 1), row(192, 95, 1.6)])).toBe(448);
    expect(smallestTrustedSide([row(448, 60, 1)])).toBeUndefined();
  });
});
