// Provides the stored app mode to every screen through AppModeContext. On first start (no mode
// stored yet) it asks "practitioner or patient?" in a card above the screen; until answered the
// app behaves as practitioner, so nothing is locked behind the question.
import { useState, type ReactNode } from 'react';
import { reportError } from '../../app/errorStore';
import { useLiveQuery } from '../../app/useLiveQuery';
import { loadAppMode, saveAppMode, type AppMode } from './appMode';
import { ModeChooser } from './ModeChooser';
import { AppModeContext } from './ModeContext';
import './mode.css';

function FirstRunChooser() {
  const [saving, setSaving] = useState(false);
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

export function ModeGate({ children }: { children: ReactNode }) {
  const mode = useLiveQuery(loadAppMode, []);
  // Unreadable settings (storage blocked) fall back to practitioner; the banner says why.
  const current = mode.status === 'ready' ? mode.data : null;
  return (
    <AppModeContext.Provider value={current ?? 'practitioner'}>
      {mode.status === 'ready' && current === null && <FirstRunChooser />}
      {children}
    </AppModeContext.Provider>
  );
}
