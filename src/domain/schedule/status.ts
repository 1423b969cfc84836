// What is due: the next session, overdue ones, and patient-mode photo reminders.
import type { Session } from '../session';
import { addDays, diffDays } from './dates';

const byPlanned = (a: Session, b: Session) =>
  a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.number - b.number;

/** Planned sessions whose date (plus a grace period) has passed. */
export function overdueSessions(
  sessions: readonly Session[],
  today: string,
  graceDays = 0,
): Session[] {
  return sessions
    .filter((s) => s.status === 'planned' && diffDays(s.plannedDate, today) > graceDays)
    .sort(byPlanned);
}

export function isOverdue(s: Session, today: string, graceDays = 0): boolean {
  return s.status === 'planned' && diffDays(s.plannedDate, today) > graceDays;
}

/** The earliest still-planned session (which may be overdue), or null when none is left. */
export function nextDueSession(sessions: readonly Session[]): Session | null {
  return [...sessions].filter((s) => s.status === 'planned').sort(byPlanned)[0] ?? null;
}

export interface PhotoDue {
  /** ISO date the next photo set is due. */
  dueDate: string;
  /** Negative when overdue. */
  daysUntil: number;
  overdue: boolean;
}

/**
 * When the patient's next photo set is due: `intervalDays` after the latest photo, or after
 * the course start when there is none yet (the baseline is due on the start date itself).
 */
export function nextPhotoDue(opts: {
  startDate: string;
  photoDates: readonly string[];
  intervalDays: number;
  today: string;
}): PhotoDue {
  const latest = [...opts.photoDates].sort().at(-1);
  const dueDate = latest ? addDays(latest.slice(0, 10), opts.intervalDays) : opts.startDate;
  const daysUntil = diffDays(opts.today, dueDate);
  return { dueDate, daysUntil, overdue: daysUntil < 0 };
}

/** Reminder dates every `intervalDays` from the start, `count` of them (for .ics export). */
export function photoReminderDates(
  startDate: string,
  intervalDays: number,
  count: number,
): string[] {
  return Array.from({ length: count }, (_, i) => addDays(startDate, intervalDays * (i + 1)));
}
