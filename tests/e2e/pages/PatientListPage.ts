// Page object: the patient list (home screen).
import type { Locator, Page } from '@playwright/test';

export class PatientListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly openDemoButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Patients' });
    this.search = page.getByRole('searchbox', { name: 'Search patients' });
    this.rows = page.getByRole('list', { name: 'Patients' }).getByRole('listitem');
    this.openDemoButton = page.getByRole('button', { name: 'Open demo patient' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/');
    await this.heading.waitFor();
  }

  async startNewPatient(): Promise<void> {
    await this.page.getByRole('link', { name: 'New patient' }).first().click();
  }

  async openPatient(code: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(code) }).click();
  }
}
