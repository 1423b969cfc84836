// A photo file imported into a new patient's first session (vertex slot) and analysed: the
// specs for what the app says about a worse photo (grainy, overexposed) start here.
import { expect, type Page } from '@playwright/test';
import { AnalysisPanel } from './AnalysisPanel';
import { openFirstSession } from './firstSession';

export async function analyseInFirstSession(
  page: Page,
  photoPath: string,
  patientCode: string,
): Promise<AnalysisPanel> {
  const session = await openFirstSession(
    page,
    { code: patientCode, sex: 'male', birthYear: 1986, hairLossType: 'male-pattern' },
    {
      treatment: 'minoxidil-medication',
      title: 'Minoxidil follow-up',
      startDate: '2026-10-05',
      sessions: 6,
    },
  );
  await session.openImport('vertex');
  await session.importFiles([photoPath]);
  await expect(session.slot('vertex').locator('img')).toBeVisible();
  await session.openPhoto('vertex');
  const panel = new AnalysisPanel(page);
  await panel.analyse();
  return panel;
}
