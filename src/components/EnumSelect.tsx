// A <select> over a fixed list of string values (sex, hair-loss type, treatment…), labelled
// with the app's display names, so forms don't each repeat the option loop and the cast.
import { labelOf } from '../app/format';

interface EnumSelectProps<T extends string> {
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
}

export function EnumSelect<T extends string>({ values, value, onChange }: EnumSelectProps<T>) {
  return (
    // The cast is safe: every option's value comes from `values`.
    <select value={value} onChange={(e) => onChange(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(v)}
        </option>
      ))}
    </select>
  );
}
