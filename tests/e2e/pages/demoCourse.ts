// From the empty patient list: open the demo patient and its course (built on first use).
import { expect, type Page } from '@playwright/test';
import { CourseTimelinePage } from './CourseTimelinePage';
import { PatientListPage } from './PatientListPage';
import { PatientPage } from './PatientPage';
import { SessionPage } from './SessionPage';

export async function openDemoCourse(page: Page): Promise<CourseTimelinePage> {
  const list = new PatientListPage(page);
  await list.goto();
  await list.openDemoButton.click();
  const patient = new PatientPage(page);
  await expect(patient.courses).toHaveCount(1, { timeout: 90_000 });
  await patient.courses.getByRole('link').click();
  return new CourseTimelinePage(page);
}

/** From the empty patient list: demo patient → its course → session 1 → the photo of a view. */
export async function openDemoPhoto(page: Page, view: string, heading: string): Promise<void> {
  await (await openDemoCourse(page)).openSession(1);
  const session = new SessionPage(page);
  await expect(session.heading(1)).toBeVisible();
  await session.openPhoto(view);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** From the empty patient list: demo patient → its course → session 1 → the vertex photo. */
export function openDemoVertexPhoto(page: Page): Promise<void> {
  return openDemoPhoto(page, 'vertex', 'Vertex / crown');
}
