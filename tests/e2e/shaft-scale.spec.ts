// Photos whose hair is far wider or far thinner in pixels than the model was trained on, as a
// practitioner meets them: a high-magnification trichoscopy close-up (the committed dermoscopy
// fixture enlarged 6×, so its shafts are 6× as wide) is analysed at a smaller scale
// (src/analysis/worker/shaftScale.ts); a top-down photo saved small (the top-down fixture
// shrunk ×0.4) is analysed enlarged (thinShaft.ts). The readout says which, also after a
// reload.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openFirstSession } from './pages/firstSession';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'seg');

test.setTimeout(240_000);

/** Writes the fixture resized by `zoom`, imports it into `view` of a new course, analyses it. */
async function analyseResized(
  page: Page,
  outPath: string,
  fixture: string,
  zoom: number,
  view: string,
): Promise<AnalysisPanel> {
  const source = join(fixtures, fixture);
  const { width = 0 } = await sharp(source).metadata();
  await sharp(source)
    .resize(Math.round(width * zoom))
    .jpeg({ quality: 92 })
    .toFile(outPath);
  const session = await openFirstSession(
    page,
    { code: 'TT-0107', sex: 'female', birthYear: 1979, hairLossType: 'female-pattern' },
    { treatment: 'prp', title: 'PRP follow-up', startDate: '2026-09-07', sessions: 6 },
  );
  await session.openImport(view);
  await session.importFiles([outPath]);
  await expect(session.slot(view).locator('img')).toBeVisible();
  await session.openPhoto(view);
  const panel = new AnalysisPanel(page);
  await panel.analyse();
  return panel;
}

async function expectAfterReload(page: Page, panel: AnalysisPanel): Promise<void> {
  const shown = await panel.rescale.textContent();
  await page.reload();
  await expect(panel.rescale).toHaveText(shown ?? '');
}

test('a close-up with very wide shafts is analysed at a smaller scale and says so', async ({
  page,
}, testInfo) => {
  const panel = await analyseResized(
    page,
    testInfo.outputPath('close-up-x6.jpg'),
    'dermoscopy.jpg',
    6,
    'trichoscopy',
  );
  await expect(panel.rescale).toHaveText(
    /^Analysed at \d+ % of the photo's size: hair here reads wider \(~\d+ px\) than the model was trained on\.$/,
  );
  await expectAfterReload(page, panel);
});

test('a photo with very thin hair is analysed enlarged and says so', async ({ page }, testInfo) => {
  const panel = await analyseResized(
    page,
    testInfo.outputPath('top-down-small.jpg'),
    'topdown-dark-hair.jpg',
    0.4,
    'vertex',
  );
  await expect(panel.rescale).toHaveText(
    /^Analysed at 1\d\d % of the photo's size: hair here reads thinner than the model was trained on, so the photo was enlarged for it\.$/,
  );
  await expectAfterReload(page, panel);
});
