// A labelled form control with an optional hint and error, laid out the same everywhere.
import type { ReactNode } from 'react';

interface Props {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}

export function Field({ label, hint, error, children }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {children}
      {hint && !error && <span className="field__hint">{hint}</span>}
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
