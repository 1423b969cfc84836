// A photo taken out of focus: the committed top-down fixture blurred by a Gaussian of σ 6 px and
// saved losslessly, so fine hair is gone and the model reads much of it as skin. Its scalp's
// edge sharpness (src/analysis/worker/photoFocus.ts) is below the out-of-focus flag's cut
// (readingQuality.ts, OUT_OF_FOCUS_EDGE_SHARPNESS), so the reading is flagged and the readout
// says why, also after a reload; the demo photo gets no such note (analysis.spec.ts).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyseInFirstSession } from './pages/analysedPhoto';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'topdown-dark-hair.jpg');

test.setTimeout(240_000);

test('a photo out of focus is flagged and says why', async ({ page }, testInfo) => {
  const blurredPath = testInfo.outputPath('blurred.png');
  await sharp(fixture).blur(6).png().toFile(blurredPath);
  const panel = await analyseInFirstSession(page, blurredPath, 'TT-0215');
  await expect(panel.outOfFocus).toHaveText(
    /^Out of focus: the sharpest edges on the scalp in this photo are soft \(sharpness 0\.1\d;/,
  );
  await page.reload();
  await expect(panel.outOfFocus).toHaveText(/^Out of focus: the sharpest edges/);
});
