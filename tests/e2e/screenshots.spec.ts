// Saves screenshots of the main screens on a 10-inch tablet in landscape and on a phone into
// public/screenshots/, using the demo patient so every screen has real content.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { CourseTimelinePage } from './pages/CourseTimelinePage';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';
import { PhotoViewerPage } from './pages/PhotoViewerPage';
import { SessionPage } from './pages/SessionPage';
import { SettingsPage } from './pages/SettingsPage';

const outDir = join(import.meta.dirname, '..', '..', 'public', 'screenshots');

/** On first start the app may ask practitioner or patient; answer it so screens show cleanly. */
async function answerFirstRunQuestion(page: Page): Promise<void> {
  const practitioner = page.getByRole('radio', { name: /Practitioner/ });
  const asked = await practitioner.waitFor({ timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (!asked) return;
  await practitioner.click();
  await expect(practitioner).toBeHidden();
}

const devices = [
  { name: 'tablet', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

for (const device of devices) {
  test.describe(device.name, () => {
    test.use({ viewport: device.viewport, hasTouch: device.isMobile });

    test(`main screens on a ${device.name}`, async ({ page }) => {
      const shot = async (screen: string, target: Page = page) => {
        // Let images decode and fonts settle so the picture is what a user sees.
        await target.evaluate(() => document.fonts.ready);
        await target.screenshot({ path: join(outDir, `${device.name}-${screen}.png`) });
      };

      const list = new PatientListPage(page);
      await list.goto();
      await answerFirstRunQuestion(page);
      await shot('empty-patient-list');
      await list.openDemoButton.click();
      const patient = new PatientPage(page);
      await expect(patient.courses).toHaveCount(1, { timeout: 90_000 });

      await list.goto();
      await expect(list.rows).toHaveCount(1);
      await shot('patient-list');

      await list.openPatient('DEMO');
      await expect(patient.courses).toHaveCount(1);
      await shot('patient');

      await patient.courses.getByRole('link').click();
      const timeline = new CourseTimelinePage(page);
      await expect(timeline.sessions).toHaveCount(8);
      await shot('course-timeline');

      await timeline.openSession(8);
      const session = new SessionPage(page);
      await expect(session.thumbnails().first()).toBeVisible();
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.view-grid img')].every((i) => i.complete),
      );
      await shot('session');

      await session.grid.locator('a').first().click();
      const viewer = new PhotoViewerPage(page);
      await viewer.naturalSize();
      await shot('viewer');

      const settings = new SettingsPage(page);
      await settings.goto();
      await expect(settings.usage).toBeVisible();
      await shot('settings');
    });
  });
}
