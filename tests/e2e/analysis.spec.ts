// Hair analysis in the photo viewer, as a user meets it: open the demo patient, open the vertex
// photo of session 1, press "Analyse hair coverage" and read the coverage, the model that
// produced it (the committed hairseg model, not the classical fallback) and the tinted mask;
// the stored analysis is still shown after a reload. When the model file cannot be loaded the
// panel still gives a number and says plainly that the classical estimate stands in.
// Nothing here depends on the model's exact numbers: the model may be retrained at any time.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openDemoPhoto, openDemoVertexPhoto } from './pages/demoCourse';

const modelCard = join(import.meta.dirname, '..', '..', 'public', 'models', 'hairseg.json');

test.setTimeout(240_000);

async function modelVersion(): Promise<string> {
  const card = JSON.parse(await readFile(modelCard, 'utf8')) as { version?: unknown };
  if (typeof card.version !== 'string') throw new Error(`${modelCard} has no version`);
  return card.version;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('analyse a vertex photo with the model; the analysis is kept after a reload', async ({
  page,
}) => {
  const version = await modelVersion();
  const modelLine = new RegExp(`^${escapeRegExp(version)} · (wasm|webgpu)\\b`);

  await openDemoVertexPhoto(page);
  const panel = new AnalysisPanel(page);
  await expect(panel.analyseButton).toBeVisible();
  await expect(panel.coverage).toHaveCount(0);
  await panel.analyse();

  const pct = await panel.coveragePct();
  expect(pct).toBeGreaterThanOrEqual(0);
  expect(pct).toBeLessThanOrEqual(100);
  await expect(panel.model).toHaveText(modelLine);
  await expect(panel.fallbackNotice).toHaveCount(0);
  await expect(panel.region).not.toContainText('Classical estimate (no learned model)');
  // The committed card is calibrated, so the reading says how far off it typically is.
  await expect(panel.quality).toContainText(/typically within ±\d+\.\d points/);
  await expect(panel.quality).toContainText(/\d+ % of the photo undecided/);
  // A top-down view: no whole-head warning.
  await expect(panel.wholeHeadNote).toHaveCount(0);
  // A clean photo (noise under 2 grey levels): read as it is, no smoothing note.
  await expect(panel.noise).toHaveCount(0);
  // Nor is its scalp blown out (the blown-out flag), nor is it too small to read.
  await expect(panel.blownOut).toHaveCount(0);
  await expect(panel.smallPhoto).toHaveCount(0);
  await expect(panel.outOfFocus).toHaveCount(0);
  await expect(panel.overlay).toBeVisible();
  await expect.poll(() => panel.overlayPainted()).toBe(true);
  await expect(panel.analyseAgainButton).toBeVisible();

  // The run was stored: after a reload the same photo shows it (figure and model, no mask).
  await page.reload();
  await expect(panel.model).toHaveText(modelLine);
  expect(await panel.coveragePct()).toBe(pct);
  await expect(panel.fallbackNotice).toHaveCount(0);
  await expect(panel.quality).toContainText(/typically within ±\d+\.\d points/);
  await expect(panel.analyseAgainButton).toBeVisible();
});

test('a whole-head view says its coverage reads less reliably, before and after a reload', async ({
  page,
}) => {
  await openDemoPhoto(page, 'frontal', 'Frontal hairline');
  const panel = new AnalysisPanel(page);
  await panel.analyse();
  await expect(panel.wholeHeadNote).toContainText('Whole-head view');
  await expect(panel.wholeHeadNote).toContainText('20 points low');
  await page.reload();
  await expect(panel.analyseAgainButton).toBeVisible();
  await expect(panel.wholeHeadNote).toContainText('Whole-head view');
});

test('without the model file the classical fallback still gives a figure and says so', async ({
  browser,
  baseURL,
}) => {
  // No service worker: it could answer from its cache and the blocked request would not count.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let blocked = 0;
    await page.route('**/models/hairseg.onnx', (route) => {
      blocked += 1;
      return route.abort();
    });

    await openDemoVertexPhoto(page);
    const panel = new AnalysisPanel(page);
    await panel.analyse();

    expect(blocked).toBeGreaterThan(0);
    const pct = await panel.coveragePct();
    expect(pct).toBeGreaterThanOrEqual(0);
    expect(pct).toBeLessThanOrEqual(100);
    await expect(panel.fallbackNotice).toBeVisible();
    await expect(panel.fallbackNotice).toContainText(
      'Model unavailable — using the classical estimate; numbers are less reliable.',
    );
    await expect(panel.model).toHaveText(/^Classical estimate /);
    await expect(panel.model).not.toContainText('hairseg');
    // The classical method has no measured error: the reading says so instead of a ± figure.
    await expect(panel.lowConfidence).toHaveText(
      'No measured error for this method: treat the figure as rough.',
    );
    await expect(panel.quality).not.toContainText('typically within');
    await expect(panel.overlay).toBeVisible();

    // Stored too: after a reload the figure is still labelled as the classical estimate.
    await page.reload();
    await expect(panel.model).toHaveText(/^Classical estimate /);
    expect(await panel.coveragePct()).toBe(pct);
    await expect(panel.region.getByRole('status')).toContainText('numbers are less reliable');
  } finally {
    await context.close();
  }
});
