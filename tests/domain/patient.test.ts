import { describe, expect, it } from 'vitest';
import { newPatient, normalisePatient, validatePatient } from '../../src/domain/patient';

const now = new Date('2026-03-01T09:00:00.000Z');

describe('patient', () => {
  it('newPatient fills id, meta and defaults', () => {
    const p = newPatient({ code: 'TT-0042' }, now);
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(p).toMatchObject({
      code: 'TT-0042',
      sex: 'unspecified',
      hairLossType: 'other',
      rev: 0,
      schemaVersion: 1,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(validatePatient(p)).toEqual({ ok: true, value: p });
  });

  it('validatePatient lists every problem with its field', () => {
    const r = validatePatient({
      ...newPatient({ code: 'x' }),
      code: '',
      sex: 'robot',
      birthYear: 1850.5,
      intake: { contraindications: 'none', notes: '', consentDate: '2026-02-30' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'Patient.code must not be empty',
      'Patient.sex must be one of female, male, other, unspecified',
      'Patient.birthYear must be a whole number',
      'Patient.birthYear must be at least 1900',
      'Patient.intake.contraindications must be a list of texts',
      'Patient.intake.consentDate must be a date written YYYY-MM-DD',
    ]);
  });

  it('validatePatient rejects non-objects and missing required fields', () => {
    expect(validatePatient(null)).toEqual({ ok: false, errors: ['Patient must be an object'] });
    const r = validatePatient({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('Patient.code is required');
  });

  it('normalisePatient repairs enums, intake and meta', () => {
    const r = normalisePatient({
      id: 'p1',
      code: 'TT-1',
      sex: 'x',
      hairLossType: 'mystery',
      name: null,
      intake: { notes: 5, consentDate: 'yesterday' },
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'p1',
        code: 'TT-1',
        sex: 'unspecified',
        hairLossType: 'other',
        intake: { contraindications: [], notes: '', consentDate: null },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        rev: 0,
        schemaVersion: 1,
      },
    });
  });

  it('normalisePatient cannot invent a code', () => {
    expect(normalisePatient({ id: 'p1' }).ok).toBe(false);
  });
});
