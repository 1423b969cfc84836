// Course planning end to end, as a practitioner: choose the mode, record intake, create a
// course from the mesotherapy template, photograph the baseline with guided capture, then at
// the next session record side effects, print the aftercare sheet and take a follow-up photo
// with the previous one as a ghost over Chromium's fake camera.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
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

  /** Seconds of live video shown so far. */
  async videoTimeS(): Promise<number> {
    return this.capture.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime);
  }

  /**
   * Opens guided capture on a view and takes one photo once the camera is live and has played
   * past `afterVideoS`. Chromium's fake camera restarts its animation with each stream, so two
   * captures at the same stream time would be byte-identical (and rejected as duplicates).
   * Returns the stream time of the capture.
   */
  async captureView(
    view: string,
    label: string,
    expectGhost: boolean,
    afterVideoS = 0,
  ): Promise<number> {
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
    await expect.poll(() => this.videoTimeS()).toBeGreaterThan(afterVideoS);
    const at = await this.videoTimeS();
    await shoot.click();
    await expect(this.capture.getByRole('status')).toContainText('saved to this session', {
      timeout: 30_000,
    });
    return at;
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
  // The calendar export is a valid-looking iCalendar file with one event per planned session.
  const download = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const ics = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(8);
  expect(ics).toContain('DTSTART;VALUE=DATE:20260302\r\n');
  // Session 8 is the first maintenance session, 30 days after session 7.
  await expect(timeline.session(8)).toContainText(/Maintenance/);
  await expect(timeline.session(7)).toContainText(/Intensive/);
  // Maintenance continues on request, 30 days after the last session.
  await plan.getByRole('button', { name: 'Add a maintenance session' }).click();
  await expect(timeline.sessions).toHaveCount(9);
  await expect(timeline.session(9)).toContainText(/Maintenance/);

  // Session 1: the baseline frontal photo through guided capture (no ghost yet).
  await timeline.openSession(1);
  const session = new SessionPage(page);
  const work = new SessionWorkspace(page);
  await expect(session.heading(1)).toBeVisible();
  await expect(page.getByTestId('photo-checklist-summary')).toContainText('0 of 7');
  const baselineAtS = await work.captureView('frontal', 'frontal hairline', false);
  await expect(work.view('frontal')).toHaveAttribute('data-taken', 'true');
  await expect(session.slot('frontal').locator('img')).toBeVisible();

  // Session 2: record the visit with side effects.
  await page.getByRole('link', { name: 'Meso spring' }).click();
  await timeline.openSession(2);
  await expect(session.heading(2)).toBeVisible();
  // The intake's contraindication is flagged where the treatment happens.
  await expect(page.locator('.intake-warning')).toContainText(
    'Anticoagulants or a bleeding disorder',
  );
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
  // Under the print stylesheet only the sheet is visible. (Wait for the print helper's own
  // clean-up first, or it would remove the class again mid-check.)
  await expect(page.locator('body')).not.toHaveClass(/print-aftercare/);
  await page.evaluate(() => document.body.classList.add('print-aftercare'));
  await page.emulateMedia({ media: 'print' });
  await expect(work.sheet).toBeVisible();
  await expect(work.sheet).toContainText('No direct sun');
  await expect(work.record).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('print-aftercare'));

  // Follow-up photo with the baseline as a ghost; it lands in session 2.
  await work.captureView('frontal', 'frontal hairline', true, baselineAtS + 1);
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

test('patient mode: set up my course, see when photos are due, take them', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('radio', { name: /Patient/ }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('My progress');

  const setup = page.getByRole('form', { name: 'Set up my course' });
  await expect(setup.getByLabel('My treatment')).toHaveValue('builtin-medication');
  // Start today: the baseline photos are due today.
  await setup.getByRole('button', { name: 'Start tracking' }).click();
  const due = page.getByTestId('next-photo-due');
  await expect(due).toContainText('today');

  await page.getByRole('link', { name: 'Take my photos' }).click();
  const work = new SessionWorkspace(page);
  // Patients see the checklist and the camera, not the clinical record.
  await expect(work.checklist).toBeVisible();
  await expect(work.record).toHaveCount(0);
  await work.captureView('frontal', 'frontal hairline', false);

  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { name: 'Photos so far: 1' })).toBeVisible();
  await expect(due).toContainText('in 30 days');
});

test('templates are editable in Settings and drive new courses', async ({ page }) => {
  await page.goto('/#/settings');
  const templates = page.getByRole('region', { name: 'Protocol templates' });
  await expect(templates.getByRole('combobox', { name: 'Template', exact: true })).toHaveValue(
    'builtin-mesotherapy',
  );
  // A clinic that does 3 weekly sessions in month one instead of 4.
  await templates.getByRole('spinbutton', { name: 'Sessions', exact: true }).first().fill('3');
  await templates.getByRole('textbox', { name: 'Name', exact: true }).fill('Meso 3+3+1');
  await templates.getByRole('button', { name: 'Save as new template' }).click();
  await expect(templates.getByRole('status')).toContainText('Saved as a new template');

  await page.goto('/#/patients/new');
  await page.getByLabel('Patient code').fill('TT-0500');
  await page.getByRole('button', { name: 'Create patient' }).click();
  await page.getByRole('link', { name: 'New course' }).first().click();
  await page.getByLabel('Protocol template').selectOption({ label: 'Meso 3+3+1 (custom)' });
  await expect(page.getByLabel('Planned sessions')).toHaveValue('7');
  await page.getByRole('button', { name: 'Create course' }).click();
  await expect(new CourseTimelinePage(page).sessions).toHaveCount(7);
  await expect(page.getByRole('region', { name: 'Planning' })).toContainText('Plan: Meso 3+3+1');
});
