// Pure course-timeline wording on top of the schedule core: how a session's state reads on a
// given day. No React, so it is unit-tested in Node.
import { daysBetween } from '../../domain/dates';
import type { Session } from '../../domain/session';

export type SessionState = 'done' | 'missed' | 'cancelled' | 'planned' | 'due' | 'overdue';

export function sortSessions<T extends Pick<Session, 'number'>>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.number - b.number);
}

/** A planned session reads as "due" on its day and "overdue" after it. */
export function sessionState(
  session: Pick<Session, 'status' | 'plannedDate'>,
  todayIso: string,
): SessionState {
  if (session.status !== 'planned') return session.status;
  if (session.plannedDate === todayIso) return 'due';
  if (session.plannedDate < todayIso) return 'overdue';
  return 'planned';
}

/** "today", "tomorrow", "in 3 days", "5 days ago" — from `fromIso` to `toIso`. */
export function relativeDays(fromIso: string, toIso: string): string {
  const days = daysBetween(fromIso, toIso);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
