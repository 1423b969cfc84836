// Page object: a course's session timeline and its coverage-over-the-course panel.
import type { Locator, Page } from '@playwright/test';

export class CourseTimelinePage {
  readonly sessions: Locator;
  readonly progress: Locator;
  readonly progressRows: Locator;
  readonly analyseMissing: Locator;

  constructor(readonly page: Page) {
    this.sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
    this.progress = page.getByRole('region', { name: 'Hair coverage over the course' });
    this.progressRows = this.progress.getByTestId('progress-table').locator('tbody tr');
    this.analyseMissing = this.progress.getByRole('button', { name: /^Analyse \d+ photos?/ });
  }

  session(number: number): Locator {
    return this.page.getByRole('link', { name: `Session ${number}`, exact: true });
  }

  async openSession(number: number): Promise<void> {
    await this.session(number).click();
  }
}
