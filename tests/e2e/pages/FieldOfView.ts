// Page object: the field-of-view fact of a trichoscopy photo in the viewer, and its editor.
import { expect, type Locator, type Page } from '@playwright/test';

export class FieldOfView {
  /** "6.2 mm wide" or "not set", with its Set / Change button. */
  readonly value: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.value = page.getByTestId('field-of-view');
    this.input = page.getByLabel('Field of view width (mm)');
  }

  /** Opens the editor, types the width and saves; waits for the fact to show it. */
  async set(widthMm: string): Promise<void> {
    await this.value.getByRole('button', { name: /^(Set|Change)$/ }).click();
    await this.input.fill(widthMm);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.value).toContainText(`${widthMm} mm wide`);
  }
}
