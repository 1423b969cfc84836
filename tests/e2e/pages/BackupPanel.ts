// Page object: the Backup card in Settings (export to a zip, restore from one).
import type { Download, Locator, Page } from '@playwright/test';

export class BackupPanel {
  readonly region: Locator;
  readonly exportButton: Locator;
  readonly restoreInput: Locator;
  /** The per-store table and summary shown after a successful restore. */
  readonly report: Locator;
  /** The failure message (the file's problem, and that nothing was changed). */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Backup' });
    this.exportButton = this.region.getByRole('button', { name: 'Export backup' });
    this.restoreInput = this.region.getByLabel('Restore backup');
    this.report = this.region.getByTestId('restore-report');
    this.error = this.region.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/settings');
    await this.region.waitFor();
  }

  /** Clicks "Export backup" and returns the download the app starts. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Chooses a zip (its name and bytes) in the "Restore backup" file input. */
  async restore(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.restoreInput.setInputFiles({ ...file, mimeType: 'application/zip' });
  }

  /** The "Added" cell of one row of the restore report, e.g. row "Patients". */
  added(row: string): Locator {
    return this.report
      .getByRole('row', { name: new RegExp(`^${row}\\b`) })
      .getByRole('cell')
      .first();
  }
}
