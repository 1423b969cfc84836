// Course timeline wording and new-course planning.
import { describe, expect, it } from 'vitest';
import type { PatientId } from '../../src/domain/ids';
import { planCourse } from '../../src/features/courses/planCourse';
import { relativeDays, sessionState, sortSessions } from '../../src/features/courses/timeline';

describe('sessionState', () => {
  const today = '2026-03-10';
  it('keeps final states', () => {
    expect(sessionState({ status: 'done', plannedDate: '2026-03-01' }, today)).toBe('done');
    expect(sessionState({ status: 'missed', plannedDate: '2026-03-01' }, today)).toBe('missed');
  });
  it('reads a planned session as due, overdue or planned by date', () => {
    expect(sessionState({ status: 'planned', plannedDate: today }, today)).toBe('due');
    expect(sessionState({ status: 'planned', plannedDate: '2026-03-09' }, today)).toBe('overdue');
    expect(sessionState({ status: 'planned', plannedDate: '2026-03-11' }, today)).toBe('planned');
  });
});

describe('relativeDays', () => {
  it('words small and large distances', () => {
    expect(relativeDays('2026-03-10', '2026-03-10')).toBe('today');
    expect(relativeDays('2026-03-10', '2026-03-11')).toBe('tomorrow');
    expect(relativeDays('2026-03-10', '2026-03-09')).toBe('yesterday');
    expect(relativeDays('2026-03-10', '2026-03-17')).toBe('in 7 days');
    expect(relativeDays('2026-03-10', '2026-03-01')).toBe('9 days ago');
  });
});

describe('sortSessions', () => {
  it('orders by session number', () => {
    expect(sortSessions([{ number: 3 }, { number: 1 }, { number: 2 }])).toEqual([
      { number: 1 },
      { number: 2 },
      { number: 3 },
    ]);
  });
});

describe('planCourse', () => {
  it('creates the course and its sessions from the treatment template', () => {
    const patientId = 'p1' as PatientId;
    const { course, sessions } = planCourse(patientId, {
      treatment: 'mesotherapy',
      title: 'Spring',
      startDate: '2026-03-02',
      plannedSessions: 8,
    });
    expect(course).toMatchObject({
      patientId,
      treatment: 'mesotherapy',
      title: 'Spring',
      plannedSessions: 8,
      templateId: 'builtin-mesotherapy',
    });
    expect(sessions).toHaveLength(8);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sessions[0]?.plannedDate).toBe('2026-03-02');
    expect(sessions.every((s) => s.courseId === course.id && s.status === 'planned')).toBe(true);
    expect(new Set(sessions.map((s) => s.plannedDate)).size).toBe(8);
  });
});
