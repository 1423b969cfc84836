import { describe, expect, it } from 'vitest';
import { omit } from './omit';
import { newCourse, normaliseCourse, validateCourse } from '../../src/domain/course';
import type { PatientId } from '../../src/domain/ids';

const patientId = 'p1' as PatientId;

describe('course', () => {
  it('newCourse starts today with defaults and is valid', () => {
    const c = newCourse({ patientId, plannedSessions: 8 }, new Date(2026, 2, 5, 12));
    expect(c).toMatchObject({ patientId, treatment: 'mesotherapy', startDate: '2026-03-05' });
    expect(validateCourse(c).ok).toBe(true);
  });

  it('validateCourse reports bad dates, counts and treatments', () => {
    const r = validateCourse({
      ...newCourse({ patientId }),
      startDate: '05.03.2026',
      plannedSessions: -1,
      treatment: 'laser',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'Course.treatment must be one of mesotherapy, prp, minoxidil-medication, other',
        'Course.startDate must be a date written YYYY-MM-DD',
        'Course.plannedSessions must be at least 0',
      ]);
    }
  });

  it('normaliseCourse maps an unknown treatment to other and fills the title', () => {
    const rest = omit(newCourse({ patientId }), 'title');
    const r = normaliseCourse({
      ...rest,
      treatment: 'laser',
      notes: null,
    });
    expect(r.ok && r.value.treatment).toBe('other');
    expect(r.ok && r.value.title).toBe('');
    expect(r.ok && 'notes' in r.value).toBe(false);
  });
});
