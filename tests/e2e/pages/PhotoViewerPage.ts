// Page object: the photo viewer with zoom and pan.
import type { Locator, Page } from '@playwright/test';

export class PhotoViewerPage {
  readonly stage: Locator;
  readonly image: Locator;

  constructor(readonly page: Page) {
    this.stage = page.getByTestId('zoom-stage');
    this.image = this.stage.locator('img');
  }

  async naturalSize(): Promise<{ width: number; height: number }> {
    await this.image.waitFor();
    return this.image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
  }

  /** Average RGB of a small patch at a relative position of the image's own pixels. */
  async colourAt(fx: number, fy: number): Promise<[number, number, number]> {
    return this.image.evaluate(
      async (img: HTMLImageElement, [x, y]) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        const px = Math.round(x * (canvas.width - 5));
        const py = Math.round(y * (canvas.height - 5));
        const data = ctx.getImageData(px, py, 5, 5).data;
        let r = 0;
        let g = 0;
        let b = 0;
        for (let i = 0; i < data.length; i += 4) {
          r += data[i] ?? 0;
          g += data[i + 1] ?? 0;
          b += data[i + 2] ?? 0;
        }
        const n = data.length / 4;
        return [r / n, g / n, b / n] as [number, number, number];
      },
      [fx, fy] as [number, number],
    );
  }

  async scale(): Promise<number> {
    return Number(await this.image.getAttribute('data-scale'));
  }
}
