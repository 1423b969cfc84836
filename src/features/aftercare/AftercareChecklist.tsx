// Which aftercare instructions were given at a session (ids stored in Session.aftercareGiven).
import type { AftercareItem } from '../../domain/templates';

interface Props {
  items: readonly AftercareItem[];
  given: readonly string[];
  onChange: (given: string[]) => void;
}

export function AftercareChecklist({ items, given, onChange }: Props) {
  if (items.length === 0) return <p className="muted">This template has no aftercare sheet.</p>;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...given, id] : given.filter((g) => g !== id));
  return (
    <fieldset className="aftercare-checklist">
      <legend>Aftercare given</legend>
      <div className="button-row">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onChange(items.map((i) => i.id))}
        >
          All
        </button>
        <button type="button" className="btn btn--small" onClick={() => onChange([])}>
          None
        </button>
      </div>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input
            type="checkbox"
            checked={given.includes(item.id)}
            onChange={(e) => toggle(item.id, e.target.checked)}
          />
          <span>{item.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
