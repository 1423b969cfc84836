// Page object: one session's photo grid and import.
import type { Locator, Page } from '@playwright/test';

export class SessionPage {
  readonly grid: Locator;
  readonly importSection: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('list', { name: 'Photo views' });
    this.importSection = page.getByRole('region', { name: 'Import photos' });
  }

  heading(number: number): Locator {
    return this.page.getByRole('heading', { level: 1, name: `Session ${number}` });
  }

  /** The grid cell of one standard view, e.g. "frontal". */
  slot(view: string): Locator {
    return this.grid.locator(`[data-view="${view}"]`);
  }

  /** Thumbnails shown in the grid (one per view that has photos). */
  thumbnails(): Locator {
    return this.grid.locator('img');
  }

  /** Opens the import panel from one view's empty slot (the batch then goes to that view). */
  async openImport(view: string): Promise<void> {
    await this.slot(view)
      .getByRole('button', { name: /Import/ })
      .click();
  }

  async importFiles(files: string[]): Promise<void> {
    await this.importSection.locator('input[type="file"]').first().setInputFiles(files);
  }

  async openPhoto(view: string): Promise<void> {
    await this.slot(view).locator('a').first().click();
  }
}
