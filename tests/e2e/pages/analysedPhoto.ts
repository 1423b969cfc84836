// A photo file imported into a new patient's first session (vertex slot) and analysed: the
// specs for what the app says about a worse photo (grainy, overexposed) start here.
import { expect, type Page } from '@playwright/test';
import sharp, { type Sharp } from 'sharp';
import { addLumaNoise } from '../../../scripts/node/camera';
import { rawRgb } from '../../../scripts/node/rawRgb';
import { AnalysisPanel } from './AnalysisPanel';
import { openFirstSession } from './firstSession';

export async function analyseInFirstSession(
  page: Page,
  photoPath: string,
  patientCode: string,
): Promise<AnalysisPanel> {
  const session = await openFirstSession(
    page,
    { code: patientCode, sex: 'male', birthYear: 1986, hairLossType: 'male-pattern' },
    {
      treatment: 'minoxidil-medication',
      title: 'Minoxidil follow-up',
      startDate: '2026-10-05',
      sessions: 6,
    },
  );
  await session.openImport('vertex');
  await session.importFiles([photoPath]);
  await expect(session.slot('vertex').locator('img')).toBeVisible();
  await session.openPhoto('vertex');
  const panel = new AnalysisPanel(page);
  await panel.analyse();
  return panel;
}

/**
 * Writes the photo `pipeline` gives with luma grain of `sigma` grey levels (the eval's noise,
 * scripts/node/camera.ts), losslessly, so the grain reaches the app as it was drawn.
 */
export async function writeGrainyPng(
  pipeline: Sharp,
  sigma: number,
  seed: number,
  outPath: string,
): Promise<void> {
  const grainy = addLumaNoise(await rawRgb(pipeline), sigma, seed);
  await sharp(Buffer.from(grainy.data), {
    raw: { width: grainy.widthPx, height: grainy.heightPx, channels: 3 },
  })
    .png()
    .toFile(outPath);
}
