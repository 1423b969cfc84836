// The mode section of the Settings screen.
import { reportError } from '../../app/errorStore';
import { saveAppMode } from './appMode';
import { ModeChooser } from './ModeChooser';
import { useAppMode } from './ModeContext';

export function ModeSettings() {
  const mode = useAppMode();
  return (
    <section className="card section" aria-labelledby="mode-settings-title">
      <h2 id="mode-settings-title" className="section-title">
        App mode
      </h2>
      <ModeChooser value={mode} onChoose={(m) => void saveAppMode(m).catch(reportError)} />
    </section>
  );
}
