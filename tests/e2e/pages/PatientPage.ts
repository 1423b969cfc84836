// Page object: one patient's page with their courses.
import type { Locator, Page } from '@playwright/test';

export class PatientPage {
  readonly courses: Locator;

  constructor(readonly page: Page) {
    this.courses = page.getByRole('list', { name: 'Courses' }).getByRole('listitem');
  }

  heading(code: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: code });
  }

  async startNewCourse(): Promise<void> {
    await this.page.getByRole('link', { name: 'New course' }).first().click();
  }

  async openCourse(title: string | RegExp): Promise<void> {
    await this.courses.filter({ hasText: title }).getByRole('link').click();
  }
}
