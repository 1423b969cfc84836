// Patient search by code or name.
import { describe, expect, it } from 'vitest';
import { newPatient } from '../../src/domain/patient';
import { filterPatients } from '../../src/features/patients/filterPatients';

const patients = [
  newPatient({ code: 'TT-0010', name: 'Zoë Müller' }),
  newPatient({ code: 'TT-0002' }),
  newPatient({ code: 'TT-0042', name: 'Alex Example' }),
];

describe('filterPatients', () => {
  it('lists everyone sorted by code (numbers compared as numbers) for an empty query', () => {
    expect(filterPatients(patients, '  ').map((p) => p.code)).toEqual([
      'TT-0002',
      'TT-0010',
      'TT-0042',
    ]);
  });

  it('matches code or name, ignoring case and accents', () => {
    expect(filterPatients(patients, '0042').map((p) => p.code)).toEqual(['TT-0042']);
    expect(filterPatients(patients, 'alex').map((p) => p.code)).toEqual(['TT-0042']);
    expect(filterPatients(patients, 'zoe muller').map((p) => p.code)).toEqual(['TT-0010']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterPatients(patients, 'nobody')).toEqual([]);
  });
});
