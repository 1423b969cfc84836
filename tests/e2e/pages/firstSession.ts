// From the empty patient list: a new patient, a new course, and that course's first session.
import { expect, type Page } from '@playwright/test';
import { CourseTimelinePage } from './CourseTimelinePage';
import { NewCoursePage, type CourseInput } from './NewCoursePage';
import { NewPatientPage, type PatientInput } from './NewPatientPage';
import { PatientListPage } from './PatientListPage';
import { PatientPage } from './PatientPage';
import { SessionPage } from './SessionPage';

export async function openFirstSession(
  page: Page,
  patient: PatientInput,
  course: CourseInput,
): Promise<SessionPage> {
  const list = new PatientListPage(page);
  await list.goto();
  await list.startNewPatient();
  await new NewPatientPage(page).create(patient);
  await new PatientPage(page).startNewCourse();
  await new NewCoursePage(page).create(course);
  await new CourseTimelinePage(page).openSession(1);
  const session = new SessionPage(page);
  await expect(session.heading(1)).toBeVisible();
  return session;
}
