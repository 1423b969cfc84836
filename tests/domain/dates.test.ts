import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isIsoTimestamp,
  toIsoDate,
  todayIsoDate,
} from '../../src/domain/dates';

describe('dates', () => {
  it('isIsoDate accepts real calendar dates only', () => {
    expect(isIsoDate('2026-03-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
    expect(isIsoDate(20260301)).toBe(false);
  });

  it('isIsoTimestamp accepts full ISO date-times', () => {
    expect(isIsoTimestamp('2026-03-01T10:20:00.000Z')).toBe(true);
    expect(isIsoTimestamp('2026-03-01T10:20:00+02:00')).toBe(true);
    expect(isIsoTimestamp('2026-03-01')).toBe(false);
    expect(isIsoTimestamp('2026-03-01Tnope')).toBe(false);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('01.03.2026', 1)).toThrow(RangeError);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
    expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('formats local dates', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIsoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
