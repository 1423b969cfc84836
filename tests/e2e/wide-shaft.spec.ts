// A high-magnification trichoscopy close-up, as a practitioner meets it: its hair shafts are
// far wider in pixels than the model was trained on, so the analysis runs at a smaller scale
// (src/analysis/worker/shaftScale.ts) and the readout says so, also after a reload. The photo
// is the committed dermoscopy fixture enlarged 6× here, so its shafts are 6× as wide.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { CourseTimelinePage } from './pages/CourseTimelinePage';
import { NewCoursePage } from './pages/NewCoursePage';
import { NewPatientPage } from './pages/NewPatientPage';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';
import { SessionPage } from './pages/SessionPage';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'dermoscopy.jpg');
const ZOOM = 6;

test.setTimeout(240_000);

test('a close-up with very wide shafts is analysed at a smaller scale and says so', async ({
  page,
}, testInfo) => {
  const closeUp = testInfo.outputPath('close-up-x6.jpg');
  const { width = 0 } = await sharp(fixture).metadata();
  await sharp(fixture)
    .resize(width * ZOOM)
    .jpeg({ quality: 92 })
    .toFile(closeUp);

  const list = new PatientListPage(page);
  await list.goto();
  await list.startNewPatient();
  await new NewPatientPage(page).create({
    code: 'TT-0107',
    name: 'Sam Example',
    sex: 'female',
    birthYear: 1979,
    hairLossType: 'female-pattern',
  });
  const patient = new PatientPage(page);
  await expect(patient.heading('TT-0107')).toBeVisible();
  await patient.startNewCourse();
  await new NewCoursePage(page).create({
    treatment: 'prp',
    title: 'PRP follow-up',
    startDate: '2026-09-07',
    sessions: 6,
  });
  await new CourseTimelinePage(page).openSession(1);

  const session = new SessionPage(page);
  await session
    .slot('trichoscopy')
    .getByRole('button', { name: /Import/ })
    .click();
  await session.importFiles([closeUp]);
  await expect(session.slot('trichoscopy').locator('img')).toBeVisible();
  await session.openPhoto('trichoscopy');

  const panel = new AnalysisPanel(page);
  await panel.analyse();
  await expect(panel.rescale).toHaveText(
    /^Analysed at \d+ % of the photo's size: hair here reads wider \(~\d+ px\) than the model was trained on\.$/,
  );
  const shown = await panel.rescale.textContent();

  await page.reload();
  await expect(panel.rescale).toHaveText(shown ?? '');
});
