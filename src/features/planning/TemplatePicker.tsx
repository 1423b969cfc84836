// A select listing every protocol template (built-in and custom). Wrap it in a <label>: it
// has no accessible name of its own.
import type { ProtocolTemplate } from '../../domain/templates';

interface Props {
  templates: readonly ProtocolTemplate[];
  value: string;
  onChange: (template: ProtocolTemplate) => void;
  id?: string;
}

export function TemplatePicker({ templates, value, onChange, id }: Props) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => {
        const t = templates.find((x) => x.id === e.target.value);
        if (t) onChange(t);
      }}
    >
      {templates.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
          {t.builtIn ? '' : ' (custom)'}
        </option>
      ))}
    </select>
  );
}
