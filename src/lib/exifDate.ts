// EXIF date strings ("2025:03:14 09:26:53", optional offset "+02:00") to ISO 8601 UTC.
// Without an offset the time is the camera's wall clock; we read it in the browser's time
// zone, which is right for photos taken where the app is used.

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

export function exifDateToIso(dateTime: string, offset?: string): string | undefined {
  const m = EXIF_DATE.exec(dateTime.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Cameras without a clock set write "0000:00:00 00:00:00".
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) {
    return undefined;
  }
  const off = offset ? OFFSET.exec(offset.trim()) : null;
  if (off) {
    const sign = off[1] === '-' ? -1 : 1;
    const offsetMin = sign * (Number(off[2]) * 60 + Number(off[3]));
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000).toISOString();
  }
  return new Date(y, mo - 1, d, h, mi, s).toISOString();
}
