// Hairs per cm² on a trichoscopy close-up, as a practitioner meets it: the demo course's
// close-up comes with its scope's field of view; analysing it counts the hairs and gives hairs
// per cm² and the shaft width in µm; correcting the field of view rescales the density at once
// (no new analysis), and a bad width is refused with a reason. Nothing here depends on the
// model's exact count.
import { expect, test } from '@playwright/test';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openDemoCourse } from './pages/demoCourse';
import { FieldOfView } from './pages/FieldOfView';
import { SessionPage } from './pages/SessionPage';

test.setTimeout(240_000);

test('a trichoscopy close-up reads hairs/cm², and a corrected field of view rescales it', async ({
  page,
}) => {
  await (await openDemoCourse(page)).openSession(1);
  const session = new SessionPage(page);
  await expect(session.heading(1)).toBeVisible();
  await session.openPhoto('trichoscopy');
  await expect(page.getByRole('heading', { level: 1, name: 'Trichoscopy close-up' })).toBeVisible();

  const fov = new FieldOfView(page);
  await expect(fov.value).toContainText(/^\d+(\.\d+)? mm wide/);
  const widthMm = Number(/^(\d+(?:\.\d+)?) mm/.exec((await fov.value.textContent()) ?? '')?.[1]);

  const panel = new AnalysisPanel(page);
  await panel.analyse();
  await expect(panel.hairCount).toContainText(/^\d+ hairs? in the frame · typical shaft \d+ µm/);
  // The counting network loaded in the worker (the rule counter is only its fallback).
  await expect(page.getByTestId('hair-counter')).toContainText(
    /^counted by the counting network haircount-/,
  );
  const density = await panel.density();
  expect(density).toBeGreaterThan(0);

  // Twice the width is four times the area: a quarter of the density, without analysing again.
  await fov.set(String(2 * widthMm));
  await expect.poll(() => panel.density()).toBeLessThan(density / 3);
  expect(await panel.density()).toBeGreaterThan(density / 5);

  await fov.value.getByRole('button', { name: 'Change' }).click();
  await fov.input.fill('0.01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '0.5–60 mm' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(fov.value).toContainText(`${2 * widthMm} mm wide`);

  // The stored reading keeps its count: after a reload the density is back, for the new width.
  await page.reload();
  await expect(panel.hairsPerCm2).toBeVisible();
  expect(await panel.density()).toBeLessThan(density / 3);
});
