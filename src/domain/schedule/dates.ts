// Calendar-date helpers the schedule uses, on ISO "YYYY-MM-DD" strings. The arithmetic lives
// in domain/dates.ts (UTC day math, so daylight-saving changes never shift a day); this module
// only gives it the names the schedule code reads best with.
import { addDays, daysBetween, isIsoDate, todayIsoDate } from '../dates';

export { addDays, isIsoDate };

/** b − a in whole days. */
export function diffDays(a: string, b: string): number {
  return daysBetween(a, b);
}

/** The user's local calendar day for a moment (what "today" means at the clinic). */
export function localIsoDate(d: Date = new Date()): string {
  return todayIsoDate(d);
}
