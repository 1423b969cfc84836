// Import edge cases through the real UI: a HEIC photo (decoded by libheif in the worker), files
// that must be refused by name (empty, not an image, cut short), the view chosen for a batch,
// a re-import of the same photo reported as "already imported" rather than stored twice, and a
// BMP as dermatoscope software exports it.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { openFirstSession } from './pages/firstSession';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name);

/** A fresh patient's first session with the import panel opened from the vertex slot. */
async function openVertexImport(page: Page) {
  const session = await openFirstSession(
    page,
    { code: 'TT-0100', sex: 'female', birthYear: 1979, hairLossType: 'female-pattern' },
    { treatment: 'mesotherapy', title: 'Import checks', startDate: '2026-03-02', sessions: 6 },
  );
  await session.openImport('vertex');
  return { session, panel: session.importSection };
}

test('HEIC imports; empty, non-image and truncated files are named; re-import is a duplicate', async ({
  page,
}) => {
  const { session, panel } = await openVertexImport(page);
  await expect(panel.getByLabel('View')).toHaveValue('vertex');

  await panel
    .getByLabel('Add photos')
    .setInputFiles([
      fixture('photo.heic'),
      fixture('empty.jpg'),
      fixture('not-an-image.jpg'),
      fixture('truncated.jpg'),
    ]);

  const results = panel.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(4, { timeout: 60_000 });
  await expect(results.getByRole('listitem').filter({ hasText: 'photo.heic' })).toContainText(
    'Imported',
  );
  await expect(results).toContainText('empty.jpg is empty (0 bytes)');
  await expect(results).toContainText('not-an-image.jpg is not an image');
  await expect(results).toContainText(
    'truncated.jpg could not be read: the file is damaged or incomplete.',
  );
  await expect(panel.getByRole('status')).toContainText('1 photo imported, 3 failed.');
  await expect(session.slot('vertex').locator('img')).toBeVisible();

  // Same HEIC again (under another view): skipped as a duplicate, nothing new stored.
  await panel.getByLabel('View').selectOption({ label: 'Occipital (reference)' });
  await panel.getByLabel('Add photos').setInputFiles([fixture('photo.heic')]);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText(
    'photo.heic was already imported for this patient, so it was skipped.',
  );
  await expect(session.slot('vertex').getByRole('link')).toHaveCount(1);
  await expect(session.slot('occipital').locator('img')).toHaveCount(0);
});

test('a dermatoscope BMP imports; a BMP cut short is named as damaged', async ({ page }) => {
  const { session, panel } = await openVertexImport(page);
  await panel
    .getByLabel('Add photos')
    .setInputFiles([fixture('photo.bmp'), fixture('truncated.bmp')]);

  const results = panel.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
  await expect(results.getByRole('listitem').filter({ hasText: 'photo.bmp' })).toContainText(
    'Imported',
  );
  await expect(results).toContainText(
    'truncated.bmp could not be read: the file is damaged or incomplete.',
  );
  await expect(panel.getByRole('status')).toContainText('1 photo imported, 1 failed.');
  const thumb = session.slot('vertex').locator('img');
  await expect(thumb).toBeVisible();
  // The working copy was decoded from the BMP: the thumbnail has the card's portrait shape.
  const shape = await thumb.evaluate(
    (img: HTMLImageElement) => img.naturalHeight / img.naturalWidth,
  );
  expect(shape).toBeCloseTo(320 / 240, 1);
});
