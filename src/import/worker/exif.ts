// EXIF fields the import needs (orientation, capture time), read with exifr. A photo with
// broken or missing EXIF still imports: every failure here just means "no EXIF".
import exifr from 'exifr';
import { exifDateToIso } from '../../lib/exifDate';

export interface ExifFacts {
  orientation?: number;
  capturedAtExif?: string;
}

export async function readExif(bytes: Uint8Array): Promise<ExifFacts> {
  let tags: Record<string, unknown> | undefined;
  try {
    // Raw values: orientation as 1–8, dates as the original strings (see exifDate.ts for why).
    tags = (await exifr.parse(bytes, {
      pick: ['Orientation', 'DateTimeOriginal', 'OffsetTimeOriginal'],
      translateValues: false,
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
  } catch {
    return {};
  }
  if (!tags) return {};
  const facts: ExifFacts = {};
  const o = tags.Orientation;
  if (typeof o === 'number' && Number.isInteger(o) && o >= 1 && o <= 8) facts.orientation = o;
  const dt = tags.DateTimeOriginal;
  const off = tags.OffsetTimeOriginal;
  if (typeof dt === 'string') {
    const iso = exifDateToIso(dt, typeof off === 'string' ? off : undefined);
    if (iso) facts.capturedAtExif = iso;
  }
  return facts;
}
