// A practitioner's first visit, end to end: create a patient, plan a course, open the first
// session, import three photos (one rotated by EXIF, one corrupt, one PNG), check the corrupt
// one is reported by name and the others show upright, then reload and find everything again.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { CourseTimelinePage } from './pages/CourseTimelinePage';
import { NewCoursePage } from './pages/NewCoursePage';
import { NewPatientPage } from './pages/NewPatientPage';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';
import { PhotoViewerPage } from './pages/PhotoViewerPage';
import { SessionPage } from './pages/SessionPage';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import');
// Stored 320×240 with EXIF orientation 6; upright it is a 240×320 card with a red band on top.
const rotatedJpeg = join(fixtures, 'orientation-6.jpg');
const corruptFile = join(fixtures, 'not-an-image.jpg');
// The same upright card as a PNG.
const png = join(fixtures, 'plain.png');

async function expectUprightCard(viewer: PhotoViewerPage): Promise<void> {
  const size = await viewer.naturalSize();
  expect(size.width).toBeLessThan(size.height);
  const [r, g, b] = await viewer.colourAt(0.6, 0.05);
  expect(r).toBeGreaterThan(150);
  expect(g).toBeLessThan(90);
  expect(b).toBeLessThan(90);
}

test('patient → course → session → photo import survives a reload', async ({ page }) => {
  const list = new PatientListPage(page);
  await list.goto();
  await list.startNewPatient();
  await new NewPatientPage(page).create({
    code: 'TT-0042',
    name: 'Alex Example',
    sex: 'male',
    birthYear: 1985,
    hairLossType: 'male-pattern',
  });

  const patient = new PatientPage(page);
  await expect(patient.heading('TT-0042')).toBeVisible();
  await patient.startNewCourse();
  await new NewCoursePage(page).create({
    treatment: 'mesotherapy',
    title: 'Mesotherapy spring',
    startDate: '2026-03-02',
    sessions: 8,
  });

  const timeline = new CourseTimelinePage(page);
  await expect(timeline.sessions).toHaveCount(8);
  await timeline.openSession(1);

  const session = new SessionPage(page);
  await expect(session.heading(1)).toBeVisible();
  await expect(session.slot('frontal')).toContainText('No frontal hairline photo');
  await session.openImport('frontal');
  await session.importFiles([rotatedJpeg, corruptFile, png]);

  // The corrupt file is named in the import report; the other two land in the frontal slot.
  await expect(session.importSection).toContainText('not-an-image.jpg');
  await expect(session.slot('frontal').locator('img')).toBeVisible();
  await expect(session.slot('frontal').getByRole('link')).toHaveCount(2);

  const viewer = new PhotoViewerPage(page);
  await session.openPhoto('frontal');
  await expectUprightCard(viewer);

  // Zoom with the wheel, then double-click back to fit.
  await viewer.stage.hover();
  await page.mouse.wheel(0, -400);
  await expect.poll(() => viewer.scale()).toBeGreaterThan(1);
  // Drag to pan the zoomed photo.
  const before = await viewer.image.getAttribute('style');
  const box = await viewer.stage.boundingBox();
  if (!box) throw new Error('viewer stage not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => viewer.image.getAttribute('style')).not.toBe(before);
  await viewer.stage.dblclick();
  await expect.poll(() => viewer.scale()).toBe(1);

  await page.goBack();
  await session
    .slot('frontal')
    .getByRole('link', { name: /photo 2/ })
    .click();
  await expectUprightCard(viewer);

  // Everything is still there after a reload (IndexedDB, not memory).
  await page.goBack();
  await page.reload();
  await expect(session.heading(1)).toBeVisible();
  await expect(session.slot('frontal').getByRole('link')).toHaveCount(2);
  await expect(session.slot('frontal').locator('img')).toBeVisible();
  await expect(session.slot('vertex')).toContainText('No vertex / crown photo');

  await page.getByRole('link', { name: 'Mesotherapy spring' }).click();
  await expect(timeline.sessions).toHaveCount(8);
  await expect(timeline.session(1)).toContainText('2 photos');
  await expect(timeline.session(2)).toContainText('0 photos');

  await list.goto();
  await expect(list.rows).toHaveCount(1);
  await list.search.fill('alex');
  await expect(list.rows).toHaveCount(1);
  await list.search.fill('nobody');
  await expect(list.rows).toHaveCount(0);
});
