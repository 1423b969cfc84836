// Page object: the new-course form.
import type { Page } from '@playwright/test';

export interface CourseInput {
  treatment?: string;
  title: string;
  startDate?: string;
  sessions?: number;
}

export class NewCoursePage {
  constructor(readonly page: Page) {}

  async create(input: CourseInput): Promise<void> {
    const { page } = this;
    if (input.treatment) await page.getByLabel('Treatment').selectOption(input.treatment);
    await page.getByLabel('Title').fill(input.title);
    if (input.startDate) await page.getByLabel('Start date').fill(input.startDate);
    if (input.sessions) await page.getByLabel('Planned sessions').fill(String(input.sessions));
    await page.getByRole('button', { name: 'Create course' }).click();
  }
}
