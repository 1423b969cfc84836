// A grainy photo, as a phone takes one in a dim room: the committed top-down fixture with sensor
// noise of σ 12 grey levels added (scripts/node/camera.ts, the eval's noise condition), saved
// losslessly. The noise rule (src/analysis/worker/photoNoise.ts) reads it again smoothed, and
// the readout says so, also after a reload (analysis.spec.ts checks a clean photo gets no note).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyseInFirstSession, writeGrainyPng } from './pages/analysedPhoto';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'topdown-dark-hair.jpg');

test.setTimeout(240_000);

test('a grainy photo is smoothed before it is read and says so', async ({ page }, testInfo) => {
  const noisyPath = testInfo.outputPath('grainy.png');
  await writeGrainyPng(sharp(fixture), 12, 2026, noisyPath);
  const panel = await analyseInFirstSession(page, noisyPath, 'TT-0212');
  await expect(panel.noise).toHaveText(
    /^Grainy photo \(noise about 1\d grey levels, as in dim light\): it was smoothed before it was read/,
  );
  await expect(panel.blownOut).toHaveCount(0);
  const shown = await panel.noise.textContent();
  await page.reload();
  await expect(panel.noise).toHaveText(shown ?? '');
});
