// A grainy photo, as a phone takes one in a dim room: the committed top-down fixture with sensor
// noise of σ 12 grey levels added (scripts/node/camera.ts, the eval's noise condition), saved
// losslessly. The noise rule (src/analysis/worker/photoNoise.ts) reads it again smoothed, and
// the readout says so, also after a reload (analysis.spec.ts checks a clean photo gets no note).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { addLumaNoise } from '../../scripts/node/camera';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openFirstSession } from './pages/firstSession';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'seg', 'topdown-dark-hair.jpg');

test.setTimeout(240_000);

test('a grainy photo is smoothed before it is read and says so', async ({ page }, testInfo) => {
  const { data, info } = await sharp(fixture)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const noisy = addLumaNoise(
    { widthPx: info.width, heightPx: info.height, channels: 3, data: new Uint8Array(data) },
    12,
    2026,
  );
  const noisyPath = testInfo.outputPath('grainy.png');
  await sharp(Buffer.from(noisy.data), {
    raw: { width: info.width, height: info.height, channels: 3 },
  })
    .png()
    .toFile(noisyPath);
  const session = await openFirstSession(
    page,
    { code: 'TT-0212', sex: 'male', birthYear: 1986, hairLossType: 'male-pattern' },
    {
      treatment: 'minoxidil-medication',
      title: 'Minoxidil follow-up',
      startDate: '2026-10-05',
      sessions: 6,
    },
  );
  await session.openImport('vertex');
  await session.importFiles([noisyPath]);
  await expect(session.slot('vertex').locator('img')).toBeVisible();
  await session.openPhoto('vertex');
  const panel = new AnalysisPanel(page);
  await panel.analyse();
  await expect(panel.noise).toHaveText(
    /^Grainy photo \(noise about 1\d grey levels, as in dim light\): it was smoothed before it was read/,
  );
  const shown = await panel.noise.textContent();
  await page.reload();
  await expect(panel.noise).toHaveText(shown ?? '');
});
