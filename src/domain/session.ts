// One treatment visit (or a photo check-in) within a course.
import type { CourseId, PatientId, SessionId } from './ids';
import type { RecordMeta } from './record';

export const SESSION_PHASES = ['intensive', 'maintenance'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export const SESSION_STATUSES = ['planned', 'done', 'missed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ProductUse {
  /** Product or cocktail name, e.g. "Dutasteride 0.01% cocktail". */
  name: string;
  /** Dose as written by the practitioner, e.g. "2 ml". */
  dose: string;
}

export interface SideEffect {
  /** e.g. "pain", "itching", "hematoma", "folliculitis", "swelling", "allergic-reaction". */
  kind: string;
  severity: Severity;
  note?: string;
}

export interface Session extends RecordMeta {
  id: SessionId;
  courseId: CourseId;
  patientId: PatientId;
  /** 1-based position in the course. */
  number: number;
  /** ISO date YYYY-MM-DD the session is (or was) planned for. */
  plannedDate: string;
  /** ISO date YYYY-MM-DD it actually happened, if done. */
  date?: string;
  phase: SessionPhase;
  status: SessionStatus;
  products: ProductUse[];
  technique?: string;
  sideEffects: SideEffect[];
  /** Ids of aftercare instructions given (from the template's aftercare sheet). */
  aftercareGiven: string[];
  notes: string;
}
