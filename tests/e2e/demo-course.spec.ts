// The demo patient: one click from the empty patient list builds an 8-session mesotherapy
// course with photos; opening it again (from Settings) does not duplicate anything.
import { expect, test } from '@playwright/test';
import { openDemoCourse } from './pages/demoCourse';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';
import { SessionPage } from './pages/SessionPage';
import { SettingsPage } from './pages/SettingsPage';

test('open the demo patient: 8 sessions with photos, idempotent', async ({ page }) => {
  const timeline = await openDemoCourse(page);
  const list = new PatientListPage(page);
  const patient = new PatientPage(page);
  await expect(timeline.sessions).toHaveCount(8);
  for (let n = 1; n <= 8; n++) {
    await expect(timeline.session(n)).not.toContainText(/\b0 photos/);
    await expect(timeline.session(n)).toContainText('done');
  }
  const countsBefore = await page.getByTestId('photo-count').allTextContents();

  await timeline.openSession(8);
  const session = new SessionPage(page);
  await expect(session.thumbnails().first()).toBeVisible();

  // Again from Settings: same patient, same photos.
  const settings = new SettingsPage(page);
  await settings.goto();
  await page.getByRole('button', { name: 'Open demo patient' }).click();
  await expect(patient.courses).toHaveCount(1, { timeout: 90_000 });
  await patient.courses.getByRole('link').click();
  await expect(timeline.sessions).toHaveCount(8);
  expect(await page.getByTestId('photo-count').allTextContents()).toEqual(countsBefore);

  await list.goto();
  await expect(list.rows).toHaveCount(1);
});
