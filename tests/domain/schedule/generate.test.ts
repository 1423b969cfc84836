// Schedule generation from each built-in template, maintenance after the intensive phase.
import { describe, expect, it } from 'vitest';
import {
  continueSchedule,
  createPlannedSessions,
  generateSchedule,
} from '../../../src/domain/schedule';
import {
  CUSTOM_TEMPLATE,
  MEDICATION_TEMPLATE,
  MESOTHERAPY_TEMPLATE,
  PRP_TEMPLATE,
  defaultSessionCount,
} from '../../../src/domain/templates';
import type { CourseId, PatientId } from '../../../src/domain/ids';

const dates = (t: Parameters<typeof generateSchedule>[0], start: string, n?: number) =>
  generateSchedule(t, start, n).map((p) => p.plannedDate);

describe('generateSchedule', () => {
  it('mesotherapy: 4 weekly, 3 fortnightly, then monthly maintenance (8 by default)', () => {
    const plan = generateSchedule(MESOTHERAPY_TEMPLATE, '2026-01-05');
    expect(plan).toHaveLength(8);
    expect(plan.map((p) => p.plannedDate)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-10',
      '2026-02-25',
      '2026-03-12',
      '2026-04-11',
    ]);
    expect(plan.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.map((p) => p.intervalDays)).toEqual([0, 7, 7, 7, 15, 15, 15, 30]);
  });

  it('PRP: monthly x3 then every ~4 months', () => {
    expect(dates(PRP_TEMPLATE, '2026-03-01')).toEqual([
      '2026-03-01',
      '2026-03-31',
      '2026-04-30',
      '2026-08-28',
      '2026-12-26',
    ]);
  });

  it('medication: monthly check-ins, then quarterly', () => {
    const plan = generateSchedule(MEDICATION_TEMPLATE, '2026-01-01');
    expect(plan).toHaveLength(defaultSessionCount(MEDICATION_TEMPLATE));
    expect(plan.slice(0, 3).map((p) => p.plannedDate)).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2026-03-02',
    ]);
    expect(plan.at(-1)?.intervalDays).toBe(90);
  });

  it('custom: even fortnightly rhythm', () => {
    expect(dates(CUSTOM_TEMPLATE, '2026-06-01')).toEqual([
      '2026-06-01',
      '2026-06-15',
      '2026-06-29',
      '2026-07-13',
      '2026-07-27',
      '2026-08-10',
    ]);
  });

  it('puts maintenance only after the intensive phase, and continues it past the template', () => {
    for (const t of [MESOTHERAPY_TEMPLATE, PRP_TEMPLATE, MEDICATION_TEMPLATE]) {
      const phases = generateSchedule(t, '2026-01-01', 14).map((p) => p.phase);
      const firstMaint = phases.indexOf('maintenance');
      expect(firstMaint).toBeGreaterThan(0);
      expect(phases.slice(firstMaint).every((p) => p === 'maintenance')).toBe(true);
      expect(phases.slice(0, firstMaint).every((p) => p === 'intensive')).toBe(true);
    }
    const long = generateSchedule(MESOTHERAPY_TEMPLATE, '2026-01-05', 10);
    expect(long.slice(7).map((p) => p.intervalDays)).toEqual([30, 30, 30]);
  });

  it('truncates to a shorter course and crosses leap days and year ends', () => {
    expect(dates(MESOTHERAPY_TEMPLATE, '2028-02-22', 2)).toEqual(['2028-02-22', '2028-02-29']);
    expect(dates(MESOTHERAPY_TEMPLATE, '2026-12-28', 2)).toEqual(['2026-12-28', '2027-01-04']);
  });

  it('continues an existing plan with more maintenance sessions', () => {
    const more = continueSchedule(
      MESOTHERAPY_TEMPLATE,
      { number: 8, plannedDate: '2026-04-11' },
      2,
    );
    expect(more).toEqual([
      { number: 9, plannedDate: '2026-05-11', phase: 'maintenance', intervalDays: 30 },
      { number: 10, plannedDate: '2026-06-10', phase: 'maintenance', intervalDays: 30 },
    ]);
  });

  it('creates planned Session records for a course', () => {
    const course = {
      id: 'c1' as CourseId,
      patientId: 'p1' as PatientId,
      startDate: '2026-01-05',
      plannedSessions: 8,
    };
    const s = createPlannedSessions(course, MESOTHERAPY_TEMPLATE, '2026-01-01T00:00:00.000Z');
    expect(s).toHaveLength(8);
    expect(new Set(s.map((x) => x.id)).size).toBe(8);
    expect(s[0]).toMatchObject({
      courseId: 'c1',
      patientId: 'p1',
      number: 1,
      status: 'planned',
      phase: 'intensive',
      plannedDate: '2026-01-05',
      products: [],
      sideEffects: [],
      aftercareGiven: [],
    });
  });
});
