// A patient: pseudonymous by default (a clinic code), optionally named.
import type { PatientId } from './ids';
import type { RecordMeta } from './record';

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
