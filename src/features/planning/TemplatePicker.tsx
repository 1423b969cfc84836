// A select listing every protocol template (built-in and custom), with its description below.
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
      aria-label="Protocol template"
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
