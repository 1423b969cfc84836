// Side effects of a session: one row per known kind, ticked with a severity.
import { SEVERITIES, type Severity, type SideEffect } from '../../domain/session';
import { SIDE_EFFECT_KINDS } from '../../domain/templates';

interface Props {
  value: readonly SideEffect[];
  onChange: (next: SideEffect[]) => void;
}

export function SideEffectsInput({ value, onChange }: Props) {
  const byKind = new Map(value.map((s) => [s.kind, s]));
  const set = (kind: string, severity: Severity | null) => {
    const rest = value.filter((s) => s.kind !== kind);
    onChange(severity ? [...rest, { ...byKind.get(kind), kind, severity }] : rest);
  };
  // Kinds recorded earlier that are no longer in the list still show, so nothing is lost.
  const kinds = [
    ...SIDE_EFFECT_KINDS,
    ...value
      .filter((s) => !SIDE_EFFECT_KINDS.some((k) => k.id === s.kind))
      .map((s) => ({ id: s.kind, label: s.kind })),
  ];
  return (
    <fieldset>
      <legend>Side effects</legend>
      {kinds.map((k) => {
        const current = byKind.get(k.id);
        return (
          <div key={k.id} className="record-form__row">
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(current)}
                onChange={(e) => set(k.id, e.target.checked ? 'mild' : null)}
              />
              <span>{k.label}</span>
            </label>
            {current && (
              <select
                aria-label={`${k.label} severity`}
                value={current.severity}
                onChange={(e) => set(k.id, e.target.value as Severity)}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
