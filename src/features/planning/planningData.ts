// Writes (and settings reads) for course planning and intake that app/data.ts does not offer:
// the settings store, patient intake, course updates. Record reads go through app/data.ts.
// Each write rings the change bus so every screen re-reads.
import { notifyDataChanged } from '../../app/changeBus';
import {
  DEFAULT_CONTRAINDICATIONS,
  INTAKE_SETTINGS_KEY,
  parseContraindicationList,
  type Contraindication,
} from '../../domain/intake';
import type { Intake, Patient } from '../../domain/patient';
import type { Course } from '../../domain/course';
import type { Session } from '../../domain/session';
import {
  TEMPLATES_SETTINGS_KEY,
  listTemplates,
  parseTemplateList,
  type ProtocolTemplate,
} from '../../domain/templates';
import { courseRepo, patientRepo, sessionRepo, settingsRepo } from '../../storage';

/** Custom templates and overrides of built-ins, as stored (repaired on read). */
export async function loadStoredTemplates(): Promise<ProtocolTemplate[]> {
  return parseTemplateList(await settingsRepo.get<unknown>(TEMPLATES_SETTINGS_KEY));
}

/** Every template the user can pick: built-ins (with overrides) and custom ones. */
export async function loadTemplates(): Promise<ProtocolTemplate[]> {
  return listTemplates(await loadStoredTemplates());
}

export async function saveStoredTemplates(list: readonly ProtocolTemplate[]): Promise<void> {
  await settingsRepo.set(TEMPLATES_SETTINGS_KEY, list);
  notifyDataChanged();
}

export async function loadContraindications(): Promise<Contraindication[]> {
  const stored = parseContraindicationList(await settingsRepo.get<unknown>(INTAKE_SETTINGS_KEY));
  return stored ?? [...DEFAULT_CONTRAINDICATIONS];
}

export async function saveContraindications(list: readonly Contraindication[]): Promise<void> {
  await settingsRepo.set(INTAKE_SETTINGS_KEY, list);
  notifyDataChanged();
}

/** Saves sessions changed by a record edit or a re-plan, in one transaction. */
export async function saveSessions(changed: readonly Session[]): Promise<void> {
  if (changed.length === 0) return;
  await sessionRepo.putMany([...changed]);
  notifyDataChanged();
}

export async function savePatientIntake(patient: Patient, intake: Intake): Promise<void> {
  const latest = (await patientRepo.get(patient.id)) ?? patient;
  await patientRepo.put({ ...latest, intake });
  notifyDataChanged();
}

/** Saves extra sessions and the course's new planned count (e.g. more maintenance). */
export async function addSessionsToCourse(
  course: Course,
  added: readonly Session[],
  plannedSessions: number,
): Promise<void> {
  await sessionRepo.putMany([...added]);
  const latest = (await courseRepo.get(course.id)) ?? course;
  await courseRepo.put({ ...latest, plannedSessions });
  notifyDataChanged();
}
