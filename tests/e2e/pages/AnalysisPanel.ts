// Page object: the "Hair analysis" panel of the photo viewer (analyse button, coverage readout,
// model line, fallback notice, mask overlay).
import { expect, type Locator, type Page } from '@playwright/test';

/** Inference on a small CI machine takes tens of seconds; only these waits get this long. */
const ANALYSIS_TIMEOUT_MS = 90_000;

export class AnalysisPanel {
  readonly region: Locator;
  readonly analyseButton: Locator;
  readonly analyseAgainButton: Locator;
  /** The coverage figure, e.g. "37.4 %". */
  readonly coverage: Locator;
  /** Which model produced the figure: "name version · backend · …". */
  readonly model: Locator;
  /** The photo with the detected hair tinted (shown for a run made in this view). */
  readonly overlay: Locator;
  /** The plain-words notice that the classical estimate stands in for the model. */
  readonly fallbackNotice: Locator;
  /** How far to trust the figure: typical error, undecided share, a low-confidence warning. */
  readonly quality: Locator;
  readonly lowConfidence: Locator;
  /** Says whole-head views (frontal, temples, occipital) read less reliably. */
  readonly wholeHeadNote: Locator;
  /** Says the photo was analysed at a smaller scale because its shafts are very wide. */
  readonly rescale: Locator;
  /** Says a grainy photo was smoothed before it was read (the noise rule). */
  readonly noise: Locator;
  /** Says much of the scalp was blown out to white (the blown-out flag). */
  readonly blownOut: Locator;
  /** Says the photo was too small for the model to read reliably (the small-photo flag). */
  readonly smallPhoto: Locator;
  /** Says the photo's scalp was out of focus (the out-of-focus flag). */
  readonly outOfFocus: Locator;
  /** "Analysis failed: …" or another problem the panel reports. */
  readonly error: Locator;
  /** Trichoscopy: "N hairs in the frame · typical shaft …", or why there is no count. */
  readonly hairCount: Locator;
  /** Trichoscopy with a field of view: "N hairs/cm²". */
  readonly hairsPerCm2: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Hair analysis' });
    this.analyseButton = this.region.getByRole('button', { name: 'Analyse hair coverage' });
    this.analyseAgainButton = this.region.getByRole('button', { name: 'Analyse again' });
    this.coverage = this.region.getByTestId('coverage-pct');
    this.model = this.region.getByTestId('analysis-model');
    this.overlay = this.region.getByRole('img', { name: /detected hair tinted/ });
    this.fallbackNotice = this.region
      .getByRole('status')
      .filter({ hasText: 'using the classical estimate' });
    this.quality = this.region.getByTestId('reading-quality');
    this.lowConfidence = this.region.getByTestId('low-confidence');
    this.wholeHeadNote = this.region.getByTestId('whole-head-view');
    this.rescale = this.region.getByTestId('shaft-rescale');
    this.noise = this.region.getByTestId('noise-smoothing');
    this.blownOut = this.region.getByTestId('blown-out');
    this.smallPhoto = this.region.getByTestId('small-photo');
    this.outOfFocus = this.region.getByTestId('out-of-focus');
    this.error = this.region.getByRole('alert');
    this.hairCount = this.region.getByTestId('hair-count-frame');
    this.hairsPerCm2 = this.region.getByTestId('hairs-per-cm2');
  }

  /** The hairs/cm² shown. */
  async density(): Promise<number> {
    const text = (await this.hairsPerCm2.textContent()) ?? '';
    const match = /^\s*(\d+) hairs\/cm²\s*$/.exec(text);
    if (!match?.[1]) throw new Error(`density readout is not hairs/cm²: "${text}"`);
    return Number(match[1]);
  }

  /** Presses the analyse button and waits for the run to end with a figure and no failure. */
  async analyse(): Promise<void> {
    await this.analyseButton.click();
    await expect(this.coverage.or(this.error).first()).toBeVisible({
      timeout: ANALYSIS_TIMEOUT_MS,
    });
    await expect(this.error).toHaveCount(0);
  }

  /** The coverage shown, in percent. */
  async coveragePct(): Promise<number> {
    const text = (await this.coverage.textContent()) ?? '';
    const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
    if (!match?.[1]) throw new Error(`coverage readout is not a percentage: "${text}"`);
    return Number(match[1]);
  }

  /** Whether the overlay canvas has been painted with anything but its black background. */
  async overlayPainted(): Promise<boolean> {
    return this.overlay.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) > 0) return true;
      }
      return false;
    });
  }
}
