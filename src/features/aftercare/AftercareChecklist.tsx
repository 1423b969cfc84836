// Which aftercare instructions were given at a session (ids stored in Session.aftercareGiven).
import { CheckList } from '../../components/CheckList';
import type { AftercareItem } from '../../domain/templates';

interface Props {
  items: readonly AftercareItem[];
  given: readonly string[];
  onChange: (given: string[]) => void;
}

export function AftercareChecklist({ items, given, onChange }: Props) {
  if (items.length === 0) return <p className="muted">This template has no aftercare sheet.</p>;
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
      <CheckList
        options={items.map((item) => ({ id: item.id, label: item.text }))}
        selected={given}
        onChange={onChange}
      />
    </fieldset>
  );
}
