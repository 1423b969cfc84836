// Planned session dates from a protocol template and a start date. Pure: the UI turns the
// result into Session records (see createPlannedSessions) and storage saves them.
import type { Course } from '../course';
import { newSession, type Session, type SessionPhase } from '../session';
import type { ProtocolTemplate, ScheduleBlock } from '../templates/types';
import { MAX_SESSIONS } from '../templates/validate';
import { addDays } from './dates';

export interface PlannedSession {
  /** 1-based position in the course. */
  number: number;
  plannedDate: string;
  phase: SessionPhase;
  /** Days since the previous session (0 for the first). */
  intervalDays: number;
}

/**
 * The block that governs session `number` (1-based). Sessions past the template's total keep
 * the last block's rhythm, so a longer course simply continues its maintenance.
 */
export function blockForSession(t: ProtocolTemplate, number: number): ScheduleBlock {
  let end = 0;
  for (const b of t.blocks) {
    end += b.sessions;
    if (number <= end) return b;
  }
  const last = t.blocks[t.blocks.length - 1];
  if (!last) throw new Error(`Template ${t.id} has no blocks`);
  return last;
}

/**
 * Plans `sessionCount` sessions (default: the template's total) starting on `startDate`.
 * Session 1 is on the start date; each later one follows its block's interval.
 */
export function generateSchedule(
  template: ProtocolTemplate,
  startDate: string,
  sessionCount?: number,
): PlannedSession[] {
  const total = Math.min(
    MAX_SESSIONS,
    Math.max(1, sessionCount ?? template.blocks.reduce((n, b) => n + b.sessions, 0)),
  );
  return continueSchedule(template, { number: 0, plannedDate: startDate }, total);
}

/**
 * Plans `count` more sessions after `last` (e.g. extra maintenance once the course is under
 * way). With `last.number` 0 the first planned session lands on `last.plannedDate`.
 */
export function continueSchedule(
  template: ProtocolTemplate,
  last: { number: number; plannedDate: string },
  count: number,
): PlannedSession[] {
  const out: PlannedSession[] = [];
  let date = last.plannedDate;
  for (let i = 1; i <= count; i++) {
    const number = last.number + i;
    const block = blockForSession(template, number);
    const intervalDays = number === 1 ? 0 : block.intervalDays;
    date = addDays(date, intervalDays);
    out.push({ number, plannedDate: date, phase: block.phase, intervalDays });
  }
  return out;
}

/**
 * Session records for a new course, ready for the sessions repository's put-many.
 * `now` (a Date or an ISO timestamp) is injectable so tests are deterministic.
 */
export function createPlannedSessions(
  course: Pick<Course, 'id' | 'patientId' | 'startDate' | 'plannedSessions'>,
  template: ProtocolTemplate,
  now: Date | string = new Date(),
): Session[] {
  const at = typeof now === 'string' ? new Date(now) : now;
  return generateSchedule(template, course.startDate, course.plannedSessions).map((p) =>
    newSession(
      {
        courseId: course.id,
        patientId: course.patientId,
        number: p.number,
        plannedDate: p.plannedDate,
        phase: p.phase,
        status: 'planned',
      },
      at,
    ),
  );
}
