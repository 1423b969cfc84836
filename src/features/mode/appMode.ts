// The app mode (practitioner or patient), chosen on first start and kept in the settings
// store so a reinstall from a backup keeps it.
import { notifyDataChanged } from '../../app/changeBus';
import { SETTING_KEYS, settingsRepo } from '../../storage';

export const APP_MODES = ['practitioner', 'patient'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const APP_MODE_LABELS: Record<AppMode, { title: string; text: string }> = {
  practitioner: {
    title: 'Practitioner',
    text: 'Many patients, full session records, intake, aftercare sheets and calendar export.',
  },
  patient: {
    title: 'Patient',
    text: 'Your own course: monthly photo reminders and a simple view of your progress.',
  },
};

/** The stored mode, or null when none was chosen yet (first start). */
export async function loadAppMode(): Promise<AppMode | null> {
  const v = await settingsRepo.get<unknown>(SETTING_KEYS.appMode);
  return APP_MODES.includes(v as AppMode) ? (v as AppMode) : null;
}

export async function saveAppMode(mode: AppMode): Promise<void> {
  await settingsRepo.set(SETTING_KEYS.appMode, mode);
  notifyDataChanged();
}
