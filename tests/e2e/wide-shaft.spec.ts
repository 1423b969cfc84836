// A high-magnification trichoscopy close-up, as a practitioner meets it: its hair shafts are
// far wider in pixels than the model was trained on, so the analysis runs at a smaller scale
// (src/analysis/worker/shaftScale.ts) and the readout says so, also after a reload. The photo
// is the committed dermoscopy fixture enlarged 6× here, so its shafts are 6× as wide.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openFirstSession } from './pages/firstSession';

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

  const session = await openFirstSession(
    page,
    { code: 'TT-0107', sex: 'female', birthYear: 1979, hairLossType: 'female-pattern' },
    { treatment: 'prp', title: 'PRP follow-up', startDate: '2026-09-07', sessions: 6 },
  );
  await session.openImport('trichoscopy');
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
