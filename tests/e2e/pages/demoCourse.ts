// From the empty patient list: open the demo patient and its course (built on first use).
import { expect, type Page } from '@playwright/test';
import { CourseTimelinePage } from './CourseTimelinePage';
import { PatientListPage } from './PatientListPage';
import { PatientPage } from './PatientPage';

export async function openDemoCourse(page: Page): Promise<CourseTimelinePage> {
  const list = new PatientListPage(page);
  await list.goto();
  await list.openDemoButton.click();
  const patient = new PatientPage(page);
  await expect(patient.courses).toHaveCount(1, { timeout: 90_000 });
  await patient.courses.getByRole('link').click();
  return new CourseTimelinePage(page);
}
