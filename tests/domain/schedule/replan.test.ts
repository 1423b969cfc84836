// Moving a session shifts later planned ones as the template says; overdue and due logic.
import { describe, expect, it } from 'vitest';
import {
  completeSession,
  createPlannedSessions,
  diffDays,
  isIsoDate,
  moveSession,
  nextDueSession,
  nextPhotoDue,
  overdueSessions,
  photoReminderDates,
} from '../../../src/domain/schedule';
import { MEDICATION_TEMPLATE, MESOTHERAPY_TEMPLATE } from '../../../src/domain/templates';
import type { CourseId, PatientId } from '../../../src/domain/ids';
import type { Session } from '../../../src/domain/session';

const course = { id: 'c' as CourseId, patientId: 'p' as PatientId, startDate: '2026-01-05' };
const meso = () => createPlannedSessions({ ...course, plannedSessions: 8 }, MESOTHERAPY_TEMPLATE);
const gaps = (s: readonly Session[]) =>
  s.slice(1).map((x, i) => diffDays(s[i]!.plannedDate, x.plannedDate));

describe('moveSession', () => {
  it('shift-following: later planned sessions move by the same delta, keeping intervals', () => {
    const s = meso();
    const before = gaps(s);
    const r = moveSession(s, s[2]!.id, '2026-01-22', 'shift-following'); // +3 days
    expect(r.sessions.slice(0, 2)).toEqual(s.slice(0, 2));
    expect(r.sessions[2]!.plannedDate).toBe('2026-01-22');
    expect(r.sessions[3]!.plannedDate).toBe('2026-01-29');
    expect(r.sessions[7]!.plannedDate).toBe('2026-04-14');
    expect(gaps(r.sessions)).toEqual([before[0], before[1]! + 3, ...before.slice(2)]);
    expect(r.changed.map((c) => c.number)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('moving earlier shifts the rest earlier too', () => {
    const s = meso();
    const r = moveSession(s, s[4]!.id, '2026-02-08', 'shift-following'); // -2 days
    expect(r.sessions[5]!.plannedDate).toBe('2026-02-23');
  });

  it('keep-others: only the moved session changes', () => {
    const s = createPlannedSessions({ ...course, plannedSessions: 5 }, MEDICATION_TEMPLATE);
    const r = moveSession(s, s[1]!.id, '2026-02-10', 'keep-others');
    expect(r.changed).toHaveLength(1);
    expect(r.sessions.slice(2)).toEqual(s.slice(2));
  });

  it('never moves done, missed or cancelled sessions', () => {
    const s = meso().map((x) => (x.number === 6 ? { ...x, status: 'cancelled' as const } : x));
    const r = moveSession(s, s[3]!.id, '2026-02-02', 'shift-following');
    expect(r.sessions[5]!.plannedDate).toBe(s[5]!.plannedDate);
    expect(r.sessions[6]!.plannedDate).not.toBe(s[6]!.plannedDate);
  });

  it('completing a session late shifts the following ones from the real date', () => {
    const s = meso();
    const r = completeSession(s, s[1]!.id, '2026-01-14', 'shift-following'); // planned 01-12
    expect(r.sessions[1]).toMatchObject({ status: 'done', date: '2026-01-14' });
    expect(r.sessions[1]!.plannedDate).toBe('2026-01-12');
    expect(r.sessions[2]!.plannedDate).toBe('2026-01-21');
    // Editing the done date again shifts only by the new difference.
    const r2 = completeSession(r.sessions, s[1]!.id, '2026-01-13', 'shift-following');
    expect(r2.sessions[2]!.plannedDate).toBe('2026-01-20');
  });

  it('throws on an unknown session id', () => {
    expect(() => moveSession(meso(), 'nope', '2026-01-01', 'shift-following')).toThrow();
  });
});

describe('due and overdue', () => {
  it('detects overdue planned sessions, with a grace period', () => {
    const s = meso();
    expect(overdueSessions(s, '2026-01-05')).toEqual([]);
    expect(overdueSessions(s, '2026-01-13').map((x) => x.number)).toEqual([1, 2]);
    expect(overdueSessions(s, '2026-01-13', 3).map((x) => x.number)).toEqual([1]);
    const done = s.map((x) => (x.number === 1 ? { ...x, status: 'done' as const } : x));
    expect(overdueSessions(done, '2026-01-13').map((x) => x.number)).toEqual([2]);
  });

  it('next due is the earliest planned session', () => {
    const s = meso().map((x) => (x.number <= 2 ? { ...x, status: 'done' as const } : x));
    expect(nextDueSession(s)?.number).toBe(3);
    expect(nextDueSession(s.map((x) => ({ ...x, status: 'done' as const })))).toBeNull();
  });

  it('next photo due is the start without photos, else interval after the latest', () => {
    expect(
      nextPhotoDue({
        startDate: '2026-01-05',
        photoDates: [],
        intervalDays: 30,
        today: '2026-01-01',
      }),
    ).toEqual({ dueDate: '2026-01-05', daysUntil: 4, overdue: false });
    expect(
      nextPhotoDue({
        startDate: '2026-01-05',
        photoDates: ['2026-01-05T10:00:00Z', '2026-02-04T09:00:00Z'],
        intervalDays: 30,
        today: '2026-03-10',
      }),
    ).toEqual({ dueDate: '2026-03-06', daysUntil: -4, overdue: true });
  });

  it('monthly photo reminder dates', () => {
    expect(photoReminderDates('2026-01-31', 30, 3)).toEqual([
      '2026-03-02',
      '2026-04-01',
      '2026-05-01',
    ]);
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-2-3')).toBe(false);
  });
});
