// One treatment visit (or a photo check-in) within a course.
import type { CourseId, PatientId, SessionId } from './ids';
import type { RecordMeta } from './record';
import { arrayOr, checkRecord, enumOr, isObject, stringsOr, textOr, type Checker } from './check';
import { isIsoDate, todayIsoDate } from './dates';
import { newId } from './ids';
import { newMeta, withRepairedMeta } from './meta';
import { fail, type Result } from './result';

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

// ---- validation, repair, factory ----

function checkProduct(c: Checker): void {
  c.string('name');
  c.string('dose');
}

function checkSideEffect(c: Checker): void {
  c.string('kind', { nonEmpty: true });
  c.oneOf('severity', SEVERITIES);
  c.string('note', { optional: true });
}

/** Strict check used before a write: every problem is reported. */
export function validateSession(x: unknown): Result<Session> {
  return checkRecord<Session>(x, 'Session', (c) => {
    c.meta();
    c.string('id', { nonEmpty: true });
    c.string('courseId', { nonEmpty: true });
    c.string('patientId', { nonEmpty: true });
    c.number('number', { integer: true, min: 1 });
    c.isoDate('plannedDate');
    c.isoDate('date', { optional: true });
    c.oneOf('phase', SESSION_PHASES);
    c.oneOf('status', SESSION_STATUSES);
    c.objectArray('products', checkProduct);
    c.string('technique', { optional: true });
    c.objectArray('sideEffects', checkSideEffect);
    c.stringArray('aftercareGiven');
    c.string('notes');
  });
}

/** Repair on read: missing lists become [], unknown phase/status/severity get safe defaults. */
export function normaliseSession(x: unknown): Result<Session> {
  const r = withRepairedMeta(x);
  if (!r) return fail('Session must be an object');
  r.phase = enumOr(r.phase, SESSION_PHASES, 'intensive');
  r.status = enumOr(r.status, SESSION_STATUSES, 'planned');
  r.products = arrayOr(r.products)
    .filter(isObject)
    .map((p) => ({ name: textOr(p.name, ''), dose: textOr(p.dose, '') }));
  r.sideEffects = arrayOr(r.sideEffects)
    .filter(isObject)
    .map((s) => ({
      ...s,
      kind: textOr(s.kind, 'other') || 'other',
      severity: enumOr(s.severity, SEVERITIES, 'mild'),
    }));
  r.aftercareGiven = stringsOr(r.aftercareGiven);
  r.notes = textOr(r.notes, '');
  if (!isIsoDate(r.date)) delete r.date;
  if (r.technique === null) delete r.technique;
  return validateSession(r);
}

export type NewSessionInput = Pick<Session, 'courseId' | 'patientId' | 'number'> &
  Partial<
    Omit<
      Session,
      'courseId' | 'patientId' | 'number' | 'createdAt' | 'updatedAt' | 'rev' | 'schemaVersion'
    >
  >;

/** A new planned session with a fresh id and meta; lists start empty. */
export function newSession(input: NewSessionInput, now: Date = new Date()): Session {
  return {
    plannedDate: todayIsoDate(now),
    phase: 'intensive',
    status: 'planned',
    products: [],
    sideEffects: [],
    aftercareGiven: [],
    notes: '',
    ...input,
    id: input.id ?? newId<SessionId>(),
    ...newMeta(now),
  };
}
