import { describe, expect, it } from 'vitest';
import { exifDateToIso } from '../../src/lib/exifDate';

describe('exifDateToIso', () => {
  it('uses the offset when the camera wrote one', () => {
    expect(exifDateToIso('2025:03:14 09:26:53', '+02:00')).toBe('2025-03-14T07:26:53.000Z');
    expect(exifDateToIso('2025:03:14 09:26:53', '-0530')).toBe('2025-03-14T14:56:53.000Z');
  });

  it('reads a time without offset as local wall-clock time', () => {
    expect(exifDateToIso('2025:03:14 09:26:53')).toBe(
      new Date(2025, 2, 14, 9, 26, 53).toISOString(),
    );
  });

  it('rejects unset clocks and garbage', () => {
    expect(exifDateToIso('0000:00:00 00:00:00')).toBeUndefined();
    expect(exifDateToIso('    :  :     :  :  ')).toBeUndefined();
    expect(exifDateToIso('2025:13:01 00:00:00')).toBeUndefined();
  });
});
