// A treatment course: one treatment with a planned rhythm of sessions.
import type { CourseId, PatientId } from './ids';
import type { RecordMeta } from './record';
import { checkRecord, enumOr, textOr } from './check';
import { todayIsoDate } from './dates';
import { newId } from './ids';
import { newMeta, withRepairedMeta } from './meta';
import { fail, type Result } from './result';

export const TREATMENTS = ['mesotherapy', 'prp', 'minoxidil-medication', 'other'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export interface Course extends RecordMeta {
  id: CourseId;
  patientId: PatientId;
  treatment: Treatment;
  /** Free label, e.g. "Mesotherapy spring 2026". */
  title: string;
  /** ISO date YYYY-MM-DD. */
  startDate: string;
  plannedSessions: number;
  /** Id of the protocol template the schedule came from (issue 4), if any. */
  templateId?: string;
  notes?: string;
}

// ---- validation, repair, factory ----

/** Strict check used before a write: every problem is reported. */
export function validateCourse(x: unknown): Result<Course> {
  return checkRecord<Course>(x, 'Course', (c) => {
    c.meta();
    c.string('id', { nonEmpty: true });
    c.string('patientId', { nonEmpty: true });
    c.oneOf('treatment', TREATMENTS);
    c.string('title');
    c.isoDate('startDate');
    c.number('plannedSessions', { integer: true, min: 0, max: 1000 });
    c.string('templateId', { optional: true });
    c.string('notes', { optional: true });
  });
}

/** Repair on read: unknown treatment becomes 'other', a missing title becomes ''. */
export function normaliseCourse(x: unknown): Result<Course> {
  const r = withRepairedMeta(x);
  if (!r) return fail('Course must be an object');
  r.treatment = enumOr(r.treatment, TREATMENTS, 'other');
  r.title = textOr(r.title, '');
  if (typeof r.plannedSessions !== 'number') r.plannedSessions = 0;
  if (r.templateId === null) delete r.templateId;
  if (r.notes === null) delete r.notes;
  return validateCourse(r);
}

export type NewCourseInput = Pick<Course, 'patientId'> &
  Partial<Omit<Course, 'patientId' | 'createdAt' | 'updatedAt' | 'rev' | 'schemaVersion'>>;

/** A new course with a fresh id and meta; starts today with no planned sessions by default. */
export function newCourse(input: NewCourseInput, now: Date = new Date()): Course {
  return {
    treatment: 'mesotherapy',
    title: '',
    startDate: todayIsoDate(now),
    plannedSessions: 0,
    ...input,
    id: input.id ?? newId<CourseId>(),
    ...newMeta(now),
  };
}
