// Page object: a course's session timeline.
import type { Locator, Page } from '@playwright/test';

export class CourseTimelinePage {
  readonly sessions: Locator;

  constructor(readonly page: Page) {
    this.sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  }

  session(number: number): Locator {
    return this.page.getByRole('link', { name: `Session ${number}`, exact: true });
  }

  async openSession(number: number): Promise<void> {
    await this.session(number).click();
  }
}
