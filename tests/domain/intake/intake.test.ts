// Contraindication checklist and intake readiness.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTRAINDICATIONS,
  ageOutsideLimits,
  applicableContraindications,
  intakeStatus,
  parseContraindicationList,
} from '../../../src/domain/intake';

describe('intake', () => {
  it('covers the required checklist items', () => {
    const ids = DEFAULT_CONTRAINDICATIONS.map((c) => c.id);
    for (const id of [
      'pregnancy',
      'anticoagulants',
      'scalp-infection',
      'allergy',
      'oncology',
      'acute-illness',
      'diabetes',
      'autoimmune',
      'age-limits',
    ])
      expect(ids).toContain(id);
  });

  it('lists applicable items in checklist order and keeps unknown ids', () => {
    expect(
      applicableContraindications(['oncology', 'pregnancy', 'old-item']).map((c) => c.id),
    ).toEqual(['pregnancy', 'oncology', 'old-item']);
  });

  it('flags ages outside the limits', () => {
    expect(ageOutsideLimits(2010, 2026)).toBe(true);
    expect(ageOutsideLimits(1990, 2026)).toBe(false);
    expect(ageOutsideLimits(1950, 2026)).toBe(true);
    expect(ageOutsideLimits(undefined, 2026)).toBe(false);
  });

  it('is ready only with consent and no contraindication', () => {
    expect(intakeStatus(undefined).ready).toBe(false);
    expect(
      intakeStatus({ contraindications: [], notes: '', consentDate: '2026-01-01' }).ready,
    ).toBe(true);
    expect(
      intakeStatus({ contraindications: ['allergy'], notes: '', consentDate: '2026-01-01' }),
    ).toEqual({
      consent: true,
      warnings: 1,
      ready: false,
    });
  });

  it('repairs an edited list from settings', () => {
    expect(parseContraindicationList([{ id: 'a', label: 'A' }, { id: 1 }])).toEqual([
      { id: 'a', label: 'A', level: 'absolute' },
    ]);
    expect(parseContraindicationList([])).toBeNull();
  });
});
