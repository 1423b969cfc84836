// Two big choices, practitioner or patient. Used on first start and in Settings.
import { APP_MODES, APP_MODE_LABELS, type AppMode } from './appMode';

interface Props {
  value: AppMode | null;
  onChoose: (mode: AppMode) => void;
  disabled?: boolean;
}

export function ModeChooser({ value, onChoose, disabled }: Props) {
  return (
    <div className="mode-chooser" role="radiogroup" aria-label="App mode">
      {APP_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={value === mode}
          className={`card mode-chooser__option${value === mode ? ' is-active' : ''}`}
          disabled={disabled}
          onClick={() => onChoose(mode)}
        >
          <strong>{APP_MODE_LABELS[mode].title}</strong>
          <span>{APP_MODE_LABELS[mode].text}</span>
        </button>
      ))}
    </div>
  );
}
