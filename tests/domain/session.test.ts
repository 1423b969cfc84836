import { describe, expect, it } from 'vitest';
import { omit } from './omit';
import type { CourseId, PatientId } from '../../src/domain/ids';
import { newSession, normaliseSession, validateSession } from '../../src/domain/session';

const base = { courseId: 'c1' as CourseId, patientId: 'p1' as PatientId, number: 1 };

describe('session', () => {
  it('newSession is a valid planned session with empty lists', () => {
    const s = newSession({ ...base, plannedDate: '2026-03-10' });
    expect(s).toMatchObject({ status: 'planned', phase: 'intensive', products: [], notes: '' });
    expect(validateSession(s).ok).toBe(true);
  });

  it('validateSession checks nested products and side effects', () => {
    const r = validateSession({
      ...newSession(base),
      number: 0,
      products: [{ name: 'Cocktail' }],
      sideEffects: [{ kind: 'itching', severity: 'extreme' }, 'bruise'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'Session.number must be at least 1',
        'Session.products[0].dose is required',
        'Session.sideEffects[0].severity must be one of mild, moderate, severe',
        'Session.sideEffects[1] must be an object',
      ]);
    }
  });

  it('normaliseSession repairs missing lists and unknown enums', () => {
    const rest = omit(newSession(base), 'products', 'aftercareGiven', 'notes');
    const r = normaliseSession({
      ...rest,
      status: 'postponed',
      phase: 42,
      date: 'soon',
      sideEffects: [{ kind: 'itching', severity: 'extreme' }, 'bruise'],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      status: 'planned',
      phase: 'intensive',
      products: [],
      aftercareGiven: [],
      notes: '',
      sideEffects: [{ kind: 'itching', severity: 'mild' }],
    });
    expect('date' in r.value).toBe(false);
  });
});
