// The photo viewer on a phone: a two-finger pinch zooms in, a double tap goes back to fit.
// Touches are sent through the Chrome DevTools protocol, as a real touch screen would.
import { expect, test } from '@playwright/test';
import { openDemoCourse } from './pages/demoCourse';
import { PhotoViewerPage } from './pages/PhotoViewerPage';
import { SessionPage } from './pages/SessionPage';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('pinch to zoom and double tap to reset on a phone', async ({ page }) => {
  await (await openDemoCourse(page)).openSession(1);
  await new SessionPage(page).grid.locator('a').first().click();

  const viewer = new PhotoViewerPage(page);
  await viewer.naturalSize();
  const box = await viewer.stage.boundingBox();
  if (!box) throw new Error('viewer stage not laid out');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ ...p, id })),
    });

  await touch('touchStart', [
    { x: cx - 30, y: cy },
    { x: cx + 30, y: cy },
  ]);
  for (let spread = 40; spread <= 120; spread += 20) {
    await touch('touchMove', [
      { x: cx - spread, y: cy },
      { x: cx + spread, y: cy },
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(() => viewer.scale()).toBeGreaterThan(2);

  for (let tap = 0; tap < 2; tap++) {
    await touch('touchStart', [{ x: cx, y: cy }]);
    await touch('touchEnd', []);
  }
  await expect.poll(() => viewer.scale()).toBe(1);
});
