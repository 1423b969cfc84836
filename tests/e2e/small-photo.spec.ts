// A photo too small to read, as a thumbnail or a tight crop saved from a chat arrives: a 120×100
// px crop of the committed top-down fixture, saved losslessly. Its shorter side is below the
// small-photo flag's (src/analysis/worker/readingQuality.ts, SMALL_PHOTO_FLAG_SIDE_PX), so the
// reading is flagged and the readout says why, also after a reload; a photo of ordinary size gets
// no such note (analysis.spec.ts).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { SMALL_PHOTO_FLAG_SIDE_PX } from '../../src/analysis/worker/readingQuality';
import { analyseInFirstSession } from './pages/analysedPhoto';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'topdown-dark-hair.jpg');

test.setTimeout(240_000);

test('a photo too small to read is flagged and says why', async ({ page }, testInfo) => {
  const crop = { left: 60, top: 70, width: 120, height: 100 };
  expect(crop.height).toBeLessThan(SMALL_PHOTO_FLAG_SIDE_PX);
  const smallPath = testInfo.outputPath('small.png');
  await sharp(fixture).extract(crop).png().toFile(smallPath);
  const panel = await analyseInFirstSession(page, smallPath, 'TT-0214');
  await expect(panel.smallPhoto).toHaveText(
    /^Small photo: only 100 px on its shorter side, too little of the scalp for the model to read reliably/,
  );
  await page.reload();
  await expect(panel.smallPhoto).toHaveText(/^Small photo: only 100 px on its shorter side/);
});
