// An overexposed photo, as a flash too close to a pale scalp takes one: the committed top-down
// fixture with its values ×2.5 (clipped), saved losslessly; about half of what the model reads as
// scalp is then pure white (npm run segment: blownOutPct 48.7). The reading is flagged
// (src/analysis/worker/photoExposure.ts), the readout says why, also after a reload, and a clean
// photo gets no such note (analysis.spec.ts; noise.spec.ts checks a grainy one gets none).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyseInFirstSession } from './pages/analysedPhoto';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'topdown-dark-hair.jpg');

test.setTimeout(240_000);

test('an overexposed photo is flagged and says why', async ({ page }, testInfo) => {
  const brightPath = testInfo.outputPath('overexposed.png');
  await sharp(fixture).linear(2.5, 0).png().toFile(brightPath);
  const panel = await analyseInFirstSession(page, brightPath, 'TT-0213');
  await expect(panel.blownOut).toHaveText(
    /^Overexposed: [3-9]\d % of the scalp in this photo is blown out to white \(flash or strong light\)/,
  );
  const shown = await panel.blownOut.textContent();
  await page.reload();
  await expect(panel.blownOut).toHaveText(shown ?? '');
});
