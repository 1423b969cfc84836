// A photo taken out of focus on a phone: the demo course's first vertex photo blurred by a
// Gaussian of σ 6 px, then given the grain a small sensor adds after the lens (4 grey levels) and
// saved losslessly, so fine hair is gone and the model reads much of it as skin. Its scalp's edge
// sharpness (src/analysis/worker/photoFocus.ts, read through the grain since stop 32; stop 26's
// raw-luma reading called this photo sharp, 0.42) is below the out-of-focus flag's cut
// (readingQuality.ts, OUT_OF_FOCUS_EDGE_SHARPNESS), so the reading is flagged and the readout
// says why, also after a reload; the demo photo itself gets no such note (analysis.spec.ts).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyseInFirstSession, writeGrainyPng } from './pages/analysedPhoto';

const demoVertex = join(import.meta.dirname, '..', '..', 'public', 'demo', 's01-vertex.jpg');

test.setTimeout(240_000);

test('a photo out of focus is flagged and says why', async ({ page }, testInfo) => {
  const blurredPath = testInfo.outputPath('blurred.png');
  await writeGrainyPng(sharp(demoVertex).blur(6), 4, 5, blurredPath);
  const panel = await analyseInFirstSession(page, blurredPath, 'TT-0215');
  await expect(panel.outOfFocus).toHaveText(
    /^Out of focus: the sharpest edges on the scalp in this photo are soft \(sharpness 0\.0\d;/,
  );
  await page.reload();
  await expect(panel.outOfFocus).toHaveText(/^Out of focus: the sharpest edges/);
});
