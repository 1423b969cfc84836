// ISO date helpers for the record fields: calendar dates are "YYYY-MM-DD" (local to the clinic,
// no time zone), timestamps are full ISO 8601 strings. Day arithmetic runs in UTC so daylight
// saving changes never shift a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const m = ISO_DATE.exec(x);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True for an ISO 8601 date-time that Date can parse, e.g. "2026-03-01T10:20:00.000Z". */
export function isIsoTimestamp(x: unknown): x is string {
  return typeof x === 'string' && ISO_TIMESTAMP.test(x) && !Number.isNaN(Date.parse(x));
}

/** The local calendar date of `d` as YYYY-MM-DD. */
export function toIsoDate(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Today's local calendar date as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  return toIsoDate(now);
}

/** The current instant as an ISO timestamp (UTC). */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

function isoDateToUtcMs(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** `isoDate` shifted by a whole number of days (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  const t = new Date(isoDateToUtcMs(isoDate) + Math.round(days) * MS_PER_DAY);
  return t.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoDateToUtcMs(to) - isoDateToUtcMs(from)) / MS_PER_DAY);
}
