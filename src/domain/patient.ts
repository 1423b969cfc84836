// A patient: pseudonymous by default (a clinic code), optionally named.
import type { PatientId } from './ids';
import type { RecordMeta } from './record';
import type { Checker } from './check';
import { checkRecord, enumOr, isObject, stringsOr, textOr } from './check';
import { isIsoDate } from './dates';
import { newId } from './ids';
import { newMeta, withRepairedMeta } from './meta';
import { fail, type Result } from './result';

export const SEXES = ['female', 'male', 'other', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export const HAIR_LOSS_TYPES = [
  'male-pattern',
  'female-pattern',
  'telogen-effluvium',
  'alopecia-areata',
  'other',
] as const;
export type HairLossType = (typeof HAIR_LOSS_TYPES)[number];

export interface Intake {
  /** Ids of contraindications from the checklist that apply (see issue 4 intake). */
  contraindications: string[];
  /** Free text: history, diagnosis, scalp and hair condition. */
  notes: string;
  /** ISO date (YYYY-MM-DD) consent was recorded, or null if not yet. */
  consentDate: string | null;
}

export interface Patient extends RecordMeta {
  id: PatientId;
  /** Pseudonymous code shown everywhere, e.g. "TT-0042". Required. */
  code: string;
  /** Optional real name; never required. */
  name?: string;
  sex: Sex;
  birthYear?: number;
  hairLossType: HairLossType;
  intake?: Intake;
}

// ---- validation, repair, factory ----

function checkIntake(c: Checker): void {
  c.stringArray('contraindications');
  c.string('notes');
  c.isoDate('consentDate', { nullable: true });
}

/** Strict check used before a write: every problem is reported. */
export function validatePatient(x: unknown): Result<Patient> {
  return checkRecord<Patient>(x, 'Patient', (c) => {
    c.meta();
    c.string('id', { nonEmpty: true });
    c.string('code', { nonEmpty: true });
    c.string('name', { optional: true });
    c.oneOf('sex', SEXES);
    c.number('birthYear', { optional: true, integer: true, min: 1900, max: 2100 });
    c.oneOf('hairLossType', HAIR_LOSS_TYPES);
    c.object('intake', checkIntake, { optional: true });
  });
}

/** Repair on read: unknown enums become 'unspecified'/'other', missing lists become []. */
export function normalisePatient(x: unknown): Result<Patient> {
  const r = withRepairedMeta(x);
  if (!r) return fail('Patient must be an object');
  r.sex = enumOr(r.sex, SEXES, 'unspecified');
  r.hairLossType = enumOr(r.hairLossType, HAIR_LOSS_TYPES, 'other');
  if (r.name === null) delete r.name;
  if (typeof r.birthYear !== 'number') delete r.birthYear;
  if (isObject(r.intake)) {
    const consent = r.intake.consentDate;
    r.intake = {
      contraindications: stringsOr(r.intake.contraindications),
      notes: textOr(r.intake.notes, ''),
      consentDate: isIsoDate(consent) ? consent : null,
    };
  } else {
    delete r.intake;
  }
  return validatePatient(r);
}

export type NewPatientInput = Pick<Patient, 'code'> &
  Partial<Omit<Patient, 'code' | 'createdAt' | 'updatedAt' | 'rev' | 'schemaVersion'>>;

/** A new patient with a fresh id and meta; sex/hair-loss type default to unspecified/other. */
export function newPatient(input: NewPatientInput, now: Date = new Date()): Patient {
  return {
    sex: 'unspecified',
    hairLossType: 'other',
    ...input,
    id: input.id ?? newId<PatientId>(),
    ...newMeta(now),
  };
}
