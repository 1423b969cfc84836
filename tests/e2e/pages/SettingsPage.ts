// Page object: settings (storage, persistence, demo).
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly usage: Locator;
  readonly persistence: Locator;

  constructor(readonly page: Page) {
    this.usage = page.getByTestId('storage-usage');
    this.persistence = page.getByTestId('persistence-state');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/settings');
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }
}
