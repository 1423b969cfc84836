// Turns the new-course form into records: the course and its planned sessions, dated by the
// treatment's protocol template (schedule core in domain/schedule).
import { newCourse, type Course, type Treatment } from '../../domain/course';
import type { PatientId } from '../../domain/ids';
import { createPlannedSessions } from '../../domain/schedule';
import type { Session } from '../../domain/session';
import { BUILT_IN_TEMPLATES, CUSTOM_TEMPLATE, type ProtocolTemplate } from '../../domain/templates';

export interface NewCourseValues {
  treatment: Treatment;
  title: string;
  /** ISO date YYYY-MM-DD. */
  startDate: string;
  plannedSessions: number;
  /** Protocol template; defaults to the built-in one for the treatment. */
  templateId?: string;
}

/** The built-in template for a treatment (the "other" treatment gets the custom one). */
export function templateForTreatment(treatment: Treatment): ProtocolTemplate {
  return BUILT_IN_TEMPLATES.find((t) => t.treatment === treatment) ?? CUSTOM_TEMPLATE;
}

export function planCourse(
  patientId: PatientId,
  values: NewCourseValues,
  templates: readonly ProtocolTemplate[] = BUILT_IN_TEMPLATES,
  now: Date = new Date(),
): { course: Course; sessions: Session[] } {
  const template =
    templates.find((t) => t.id === values.templateId) ?? templateForTreatment(values.treatment);
  const course = newCourse(
    {
      patientId,
      treatment: values.treatment,
      title: values.title,
      startDate: values.startDate,
      plannedSessions: values.plannedSessions,
      templateId: template.id,
    },
    now,
  );
  return { course, sessions: createPlannedSessions(course, template, now.toISOString()) };
}
