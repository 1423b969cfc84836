// Coverage over a course: the demo course's photos are analysed in one go from the timeline,
// and the panel shows one line and one table row per view, each change with its error and
// what it means. The run survives leaving the page; readings survive a reload (they are stored
// analyses).
import { expect, test } from '@playwright/test';
import { openDemoCourse } from './pages/demoCourse';
import { SessionPage } from './pages/SessionPage';

test('analyse the demo course and read its coverage chart', async ({ page }) => {
  const timeline = await openDemoCourse(page);
  await expect(timeline.progress.getByTestId('progress-empty')).toContainText('No readings yet');
  await expect(timeline.analyseMissing).toContainText('32 photos');
  await timeline.analyseMissing.click();
  await expect(timeline.progress.getByTestId('batch-progress')).toBeVisible();
  // Opening a session meanwhile does not stop the run: back on the course it is still going
  // (or done), and it finishes every photo.
  await expect(timeline.progress.getByTestId('batch-progress')).toContainText(/Analysing [2-9]/);
  await timeline.openSession(2);
  await expect(new SessionPage(page).heading(2)).toBeVisible();
  await page.goBack();
  // The panel renders once its data is read; a cancelled run would offer the button again.
  await expect(timeline.progress).toBeVisible();
  await expect(timeline.analyseMissing).toHaveCount(0);
  // 32 photos of 960×720 through the model in the worker.
  await expect(timeline.analyseMissing).toHaveCount(0, { timeout: 110_000 });
  await expect(timeline.progress.getByTestId('batch-progress')).toHaveCount(0, { timeout: 30_000 });

  // The demo has four standard views per session: four series of eight readings each.
  await expect(timeline.progressRows).toHaveCount(4);
  for (const row of await timeline.progressRows.all()) {
    await expect(row).toContainText(/hairseg-\d+\.\d+\.\d+/);
    await expect(row.locator('td').first()).toHaveText('8');
    await expect(row.locator('.progress-table__change')).toHaveText(
      /^[+−±]\d+\.\d pp \(± \d+\.\d\)$/,
    );
    expect(['more-hair', 'less-hair', 'within-error']).toContain(
      await row.getAttribute('data-verdict'),
    );
  }
  await expect(timeline.progress.getByTestId('coverage-chart').locator('canvas')).toHaveCount(1);
  await expect(timeline.progress.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(timeline.progressRows).toHaveCount(4);
  await expect(timeline.analyseMissing).toHaveCount(0);
});
