// Backups and offline use, as a clinic would meet them: export a backup after creating a
// patient, restore it on a "new device" (a fresh browser context), see a tampered or truncated
// file refused with nothing changed, and open the app again with the network gone (the
// service worker serves the app shell from its precache).
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BackupPanel } from './pages/BackupPanel';
import { NewPatientPage } from './pages/NewPatientPage';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';

const code = 'TT-BK-0007';

/** The backup with one byte of records/patients.json changed, re-zipped (manifest untouched). */
function tamper(zip: Uint8Array): Buffer {
  const files = unzipSync(zip);
  const patients = files['records/patients.json'];
  if (!patients) throw new Error('backup has no records/patients.json');
  const text = strFromU8(patients);
  const at = text.indexOf(code);
  expect(at).toBeGreaterThan(-1);
  const changed = strToU8(text);
  // 'TT-BK-0007' → 'TT-BK-0008': same size, so only the checksum can tell.
  const last = at + code.length - 1;
  changed[last] = (changed[last] ?? 0) + 1;
  return Buffer.from(zipSync({ ...files, 'records/patients.json': changed }));
}

/** The HTTP status of a fetch from the page (through its service worker), or 'failed'. */
function fetchStatus(page: Page, url: string): Promise<number | 'failed'> {
  return page.evaluate(
    (u) =>
      fetch(u).then(
        (r) => r.status,
        () => 'failed' as const,
      ),
    url,
  );
}

async function expectNoPatients(page: Page): Promise<void> {
  const list = new PatientListPage(page);
  await list.goto();
  await expect(page.getByText('No patients yet')).toBeVisible();
}

test('export a backup, restore it on a fresh device; tampered files change nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  const list = new PatientListPage(page);
  await list.goto();
  await list.startNewPatient();
  await new NewPatientPage(page).create({ code, name: 'Backup Example', sex: 'female' });
  await expect(new PatientPage(page).heading(code)).toBeVisible();

  const panel = new BackupPanel(page);
  await panel.goto();
  const download = await panel.export();
  expect(download.suggestedFilename()).toMatch(/^trichotrack-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(panel.region.getByRole('status')).toContainText('Backup saved as');
  // Read from Playwright's own download folder: test-results/ may be cleared by another run.
  const zip = new Uint8Array(await readFile(await download.path()));

  // A new device: its own, empty storage.
  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    await expectNoPatients(other);
    const restore = new BackupPanel(other);
    await restore.goto();

    await restore.restore({ name: 'tampered.zip', buffer: tamper(zip) });
    await expect(restore.error).toContainText('damaged or was changed after it was made');
    await expect(restore.error).toContainText('Nothing was changed');
    await expect(restore.report).toHaveCount(0);

    const half = Buffer.from(zip.subarray(0, Math.floor(zip.byteLength / 2)));
    await restore.restore({ name: 'truncated.zip', buffer: half });
    await expect(restore.error).toContainText('damaged or incomplete');
    await expect(restore.error).toContainText('Nothing was changed');
    await expectNoPatients(other);

    await restore.goto();
    await restore.restore({ name: download.suggestedFilename(), buffer: Buffer.from(zip) });
    await expect(restore.report).toContainText('Backup restored');
    await expect(restore.added('Patients')).toHaveText('1');
    await expect(restore.error).toHaveCount(0);

    const otherList = new PatientListPage(other);
    await otherList.goto();
    await expect(otherList.rows).toHaveCount(1);
    await otherList.openPatient(code);
    await expect(new PatientPage(other).heading(code)).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('after the first visit the app opens with the network offline', async ({ page, context }) => {
  const list = new PatientListPage(page);
  await list.goto();
  // First visit: the service worker installs and precaches the app shell.
  await expect(page.getByRole('status').filter({ hasText: 'Offline ready' })).toBeVisible({
    timeout: 60_000,
  });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Demo files are cached at runtime (CacheFirst) on first use, not precached.
  expect(await fetchStatus(page, '/demo/manifest.json')).toBe(200);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await list.heading.waitFor();
  await expect(page.getByRole('status').filter({ hasText: /^Offline —/ })).toBeVisible();
  // The cached page keeps its COOP/COEP headers, so wasm threads stay available offline.
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  // Proof that the network really is gone: a file outside the precache cannot be fetched.
  expect(await fetchStatus(page, '/screenshots/not-cached.png')).toBe('failed');
  expect(await fetchStatus(page, '/demo/manifest.json')).toBe(200);

  // Other screens come from the same cached shell.
  await page.goto('/#/settings');
  await expect(new BackupPanel(page).exportButton).toBeVisible();
  await context.setOffline(false);
});
