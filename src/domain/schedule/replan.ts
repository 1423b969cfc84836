// Re-planning when a session moves (rescheduled, or done on another day than planned).
// Only sessions still 'planned' are ever moved: done/missed/cancelled ones are history.
import type { Session } from '../session';
import type { ReplanPolicy } from '../templates/types';
import { addDays, diffDays } from './dates';

export interface ReplanResult {
  /** All sessions of the course with the new dates, sorted by number. */
  sessions: Session[];
  /** Only the sessions whose plannedDate (or date/status) changed — what to save. */
  changed: Session[];
}

function applyShift(
  sessions: readonly Session[],
  moved: Session,
  deltaDays: number,
  policy: ReplanPolicy,
): ReplanResult {
  const changed: Session[] = [moved];
  const out = [...sessions]
    .sort((a, b) => a.number - b.number)
    .map((s) => {
      if (s.id === moved.id) return moved;
      // Shifting every later planned session by the same delta keeps the intervals between
      // them, which is what the treatment rhythm is about.
      if (
        policy === 'shift-following' &&
        deltaDays !== 0 &&
        s.number > moved.number &&
        s.status === 'planned'
      ) {
        const next = { ...s, plannedDate: addDays(s.plannedDate, deltaDays) };
        changed.push(next);
        return next;
      }
      return s;
    });
  return { sessions: out, changed };
}

/** Moves a planned session to `newDate`; later planned ones follow per the template policy. */
export function moveSession(
  sessions: readonly Session[],
  sessionId: string,
  newDate: string,
  policy: ReplanPolicy,
): ReplanResult {
  const s = sessions.find((x) => x.id === sessionId);
  if (!s) throw new Error(`Unknown session ${sessionId}`);
  const delta = diffDays(s.plannedDate, newDate);
  return applyShift(sessions, { ...s, plannedDate: newDate }, delta, policy);
}

/**
 * Marks a session done on `date`. If that differs from its planned date, later planned
 * sessions shift by the difference (per policy), so the next interval starts from the real visit.
 */
export function completeSession(
  sessions: readonly Session[],
  sessionId: string,
  date: string,
  policy: ReplanPolicy,
): ReplanResult {
  const s = sessions.find((x) => x.id === sessionId);
  if (!s) throw new Error(`Unknown session ${sessionId}`);
  // A session done twice (edited) shifts only by the change relative to its previous date.
  const from = s.status === 'done' && s.date ? s.date : s.plannedDate;
  const delta = diffDays(from, date);
  return applyShift(sessions, { ...s, status: 'done', date }, delta, policy);
}
