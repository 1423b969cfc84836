// ModeProvider reads the stored app mode once and gives it to every screen through
// AppModeContext. FirstRunChooser asks "practitioner or patient?" in a card above the screen
// while no mode is stored; until answered the app behaves as practitioner, so nothing is
// locked behind the question.
import { useState, type ReactNode } from 'react';
import { reportError } from '../../app/errorStore';
import { useLiveQuery } from '../../app/useLiveQuery';
import { loadAppMode, saveAppMode, type AppMode } from './appMode';
import { ModeChooser } from './ModeChooser';
import { AppModeContext, ModeChosenContext, useModeChosen } from './ModeContext';
import './mode.css';

export function ModeProvider({ children }: { children: ReactNode }) {
  const mode = useLiveQuery(loadAppMode, []);
  // Unreadable settings (storage blocked) fall back to practitioner; the banner says why.
  const current = mode.status === 'ready' ? mode.data : null;
  // While loading, "chosen" stays true so the first-run card does not flash on every start.
  const chosen = mode.status !== 'ready' || current !== null;
  return (
    <AppModeContext.Provider value={current ?? 'practitioner'}>
      <ModeChosenContext.Provider value={chosen}>{children}</ModeChosenContext.Provider>
    </AppModeContext.Provider>
  );
}

export function FirstRunChooser() {
  const chosen = useModeChosen();
  const [saving, setSaving] = useState(false);
  if (chosen) return null;
  const choose = (m: AppMode) => {
    setSaving(true);
    saveAppMode(m)
      .catch(reportError)
      .finally(() => setSaving(false));
  };
  return (
    <section className="card section first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" className="section-title">
        Welcome to Trichotrack — who is using this device?
      </h2>
      <p className="muted">You can change this later in Settings.</p>
      <ModeChooser value={null} onChoose={choose} disabled={saving} />
    </section>
  );
}
