// Page object: the new-patient form.
import type { Page } from '@playwright/test';

export interface PatientInput {
  code: string;
  name?: string;
  sex?: string;
  birthYear?: number;
  hairLossType?: string;
}

export class NewPatientPage {
  constructor(readonly page: Page) {}

  async create(input: PatientInput): Promise<void> {
    const { page } = this;
    await page.getByLabel('Patient code').fill(input.code);
    if (input.name) await page.getByLabel('Name (optional)').fill(input.name);
    if (input.sex) await page.getByLabel('Sex').selectOption(input.sex);
    if (input.birthYear)
      await page.getByLabel('Birth year (optional)').fill(String(input.birthYear));
    if (input.hairLossType)
      await page.getByLabel('Hair-loss type').selectOption(input.hairLossType);
    await page.getByRole('button', { name: 'Create patient' }).click();
  }
}
