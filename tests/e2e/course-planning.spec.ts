// Course planning end to end, as a practitioner: choose the mode, record intake, create a
// course from the mesotherapy template, photograph the baseline with guided capture, then at
// the next session record side effects, print the aftercare sheet and take a follow-up photo
// with the previous one as a ghost over Chromium's fake camera.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CourseTimelinePage } from './pages/CourseTimelinePage';
import { NewPatientPage } from './pages/NewPatientPage';
import { PatientListPage } from './pages/PatientListPage';
import { PatientPage } from './pages/PatientPage';
import { SessionPage } from './pages/SessionPage';

/** The issue-4 parts of a session page: checklist, guided capture, record, aftercare. */
class SessionWorkspace {
  readonly checklist: Locator;
  readonly capture: Locator;
  readonly record: Locator;
  readonly sheet: Locator;

  constructor(readonly page: Page) {
    this.checklist = page.getByRole('list', { name: 'Photo checklist' });
    this.capture = page.getByRole('region', { name: 'Guided capture' });
    this.record = page.getByRole('form', { name: 'Session record' });
    this.sheet = page.locator('.aftercare-sheet');
  }

  view(view: string): Locator {
    return this.checklist.locator(`[data-view="${view}"]`);
  }

  /** Opens guided capture on a view and takes one photo once the camera is live. */
  async captureView(view: string, label: string, expectGhost: boolean): Promise<void> {
    await this.view(view).getByRole('button').click();
    await expect(this.capture).toBeVisible();
    await expect(this.capture.getByTestId('framing-hint')).not.toBeEmpty();
    // Headless Chromium has no orientation sensor: the indicator must say so, not hang.
    await expect(this.capture.getByTestId('level')).toContainText('Level not available');
    const ghost = this.capture.getByTestId('ghost');
    if (expectGhost) {
      await expect(ghost).toBeVisible();
      await this.capture.getByLabel('Ghost opacity').fill('60');
      await expect(ghost).toHaveCSS('opacity', '0.6');
    } else {
      await expect(this.capture).toContainText('becomes the baseline');
      await expect(ghost).toHaveCount(0);
    }
    const shoot = this.capture.getByRole('button', { name: `Capture ${label}` });
    await expect(shoot).toBeEnabled();
    await shoot.click();
    await expect(this.capture.getByRole('status')).toContainText('saved to this session', {
      timeout: 30_000,
    });
  }
}

test('mesotherapy course: plan, record side effects, print aftercare, guided capture', async ({
  page,
}) => {
  const list = new PatientListPage(page);
  await list.goto();

  // First start asks for the mode.
  await page.getByRole('radio', { name: /Practitioner/ }).click();
  await expect(page.getByRole('heading', { name: /who is using this device/ })).toHaveCount(0);

  await list.startNewPatient();
  await new NewPatientPage(page).create({ code: 'TT-0400', sex: 'female', birthYear: 1980 });
  const patient = new PatientPage(page);
  await expect(patient.heading('TT-0400')).toBeVisible();

  // Intake: a ticked contraindication shows a warning; consent is recorded with a date.
  const intake = page.getByRole('form', { name: 'Intake' });
  await intake.getByLabel('Anticoagulants or a bleeding disorder').check();
  await expect(intake.getByRole('alert')).toContainText('Anticoagulants');
  await intake.getByLabel('Informed consent given').check();
  await intake.getByLabel('Consent date').fill('2026-03-01');
  await intake.getByRole('button', { name: 'Save intake' }).click();
  await expect(page.locator('.intake-badge')).toContainText('1 contraindication');

  // Course from the mesotherapy template: the dates are previewed, then planned.
  await patient.startNewCourse();
  await page.getByLabel('Protocol template').selectOption({ label: 'Hair mesotherapy' });
  await page.getByLabel('Title').fill('Meso spring');
  await page.getByLabel('Start date').fill('2026-03-02');
  await expect(page.getByLabel('Planned sessions')).toHaveValue('8');
  await expect(page.getByRole('list', { name: 'Planned dates' }).getByRole('listitem')).toHaveCount(
    8,
  );
  await page.getByRole('button', { name: 'Create course' }).click();

  const timeline = new CourseTimelinePage(page);
  await expect(timeline.sessions).toHaveCount(8);
  const plan = page.getByRole('region', { name: 'Planning' });
  await expect(plan).toContainText('Plan: Hair mesotherapy');
  await expect(plan.getByRole('button', { name: 'Export to calendar (.ics)' })).toBeVisible();
  // Session 8 is the first maintenance session, 30 days after session 7.
  await expect(timeline.session(8)).toContainText(/Maintenance/);
  await expect(timeline.session(7)).toContainText(/Intensive/);

  // Session 1: the baseline frontal photo through guided capture (no ghost yet).
  await timeline.openSession(1);
  const session = new SessionPage(page);
  const work = new SessionWorkspace(page);
  await expect(session.heading(1)).toBeVisible();
  await expect(page.getByTestId('photo-checklist-summary')).toContainText('0 of 7');
  await work.captureView('frontal', 'frontal hairline', false);
  await expect(work.view('frontal')).toHaveAttribute('data-taken', 'true');
  await expect(session.slot('frontal').locator('img')).toBeVisible();

  // Session 2: record the visit with side effects.
  await page.getByRole('link', { name: 'Meso spring' }).click();
  await timeline.openSession(2);
  await expect(session.heading(2)).toBeVisible();
  await work.record.getByLabel('Status').selectOption('done');
  await work.record.getByLabel('Date done').fill('2026-03-10');
  await work.record.getByLabel('Product 1', { exact: true }).fill('Dutasteride 0.01% cocktail');
  await work.record.getByLabel('Dose 1', { exact: true }).fill('2 ml');
  await work.record.getByLabel('Technique').fill('nappage');
  await work.record.getByLabel('Hematoma (bruise)', { exact: true }).check();
  await work.record.getByLabel('Hematoma (bruise) severity').selectOption('moderate');
  await work.record.getByLabel('Pain', { exact: true }).check();
  await work.record.getByRole('button', { name: 'All', exact: true }).click();
  await work.record.getByRole('button', { name: 'Save session record' }).click();
  // Done a day later than planned (9 Mar): the later sessions move with it.
  await expect(work.record.getByRole('status')).toContainText('re-planned');

  // The aftercare sheet prints: window.print is stubbed and must be called with the sheet shown.
  await page.evaluate(() => {
    const w = window as unknown as { printCalls: { sheetClass: boolean }[] };
    w.printCalls = [];
    window.print = () => {
      w.printCalls.push({ sheetClass: document.body.classList.contains('print-aftercare') });
    };
  });
  await expect(work.sheet).toContainText('Do not wash your hair for 24 hours');
  await expect(work.sheet).toContainText('session 2');
  await page.getByRole('button', { name: 'Print aftercare sheet' }).click();
  const calls = await page.evaluate(
    () => (window as unknown as { printCalls: { sheetClass: boolean }[] }).printCalls,
  );
  expect(calls).toEqual([{ sheetClass: true }]);
  // Under the print stylesheet only the sheet is visible.
  await page.evaluate(() => document.body.classList.add('print-aftercare'));
  await page.emulateMedia({ media: 'print' });
  await expect(work.sheet).toBeVisible();
  await expect(work.sheet).toContainText('No direct sun');
  await expect(work.record).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('print-aftercare'));

  // Follow-up photo with the baseline as a ghost; it lands in session 2.
  await work.captureView('frontal', 'frontal hairline', true);
  await expect(work.view('frontal')).toHaveAttribute('data-taken', 'true');
  await expect(session.slot('frontal').locator('img')).toBeVisible();
  await expect(page.getByTestId('photo-checklist-summary')).toContainText('1 of 7');

  // After a reload the record is still there.
  await page.reload();
  await expect(work.record.getByLabel('Product 1', { exact: true })).toHaveValue(
    'Dutasteride 0.01% cocktail',
  );
  await expect(work.record.getByLabel('Hematoma (bruise) severity')).toHaveValue('moderate');
});
