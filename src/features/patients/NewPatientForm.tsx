// Form for a new patient. Only the pseudonymous code is required; a real name is optional so
// a clinic can work fully pseudonymously.
import { FormActions } from '../../components/FormActions';
import { EnumSelect } from '../../components/EnumSelect';
import { useState, type FormEvent } from 'react';
import { HAIR_LOSS_TYPES, SEXES, type HairLossType, type Sex } from '../../domain/patient';
import { Field } from '../../components/Field';

export interface NewPatientValues {
  code: string;
  name?: string;
  sex: Sex;
  birthYear?: number;
  hairLossType: HairLossType;
}

interface Props {
  onSubmit: (values: NewPatientValues) => Promise<void>;
  onCancel: () => void;
  /** Codes already in use, to refuse a duplicate before saving. */
  existingCodes: readonly string[];
}

export function NewPatientForm({ onSubmit, onCancel, existingCodes }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [sex, setSex] = useState<Sex>('unspecified');
  const [birthYear, setBirthYear] = useState('');
  const [hairLossType, setHairLossType] = useState<HairLossType>('male-pattern');
  const [errors, setErrors] = useState<{ code?: string; birthYear?: string }>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    const year = birthYear.trim() ? Number(birthYear) : undefined;
    const thisYear = new Date().getFullYear();
    const found: typeof errors = {};
    if (!trimmed) found.code = 'A patient code is required.';
    else if (existingCodes.some((c) => c.toLowerCase() === trimmed.toLowerCase()))
      found.code = 'Another patient already has this code.';
    if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > thisYear))
      found.birthYear = `Enter a year between 1900 and ${thisYear}.`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSubmit({
        code: trimmed,
        ...(name.trim() ? { name: name.trim() } : {}),
        sex,
        ...(year !== undefined ? { birthYear: year } : {}),
        hairLossType,
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <Field label="Patient code" hint="Pseudonymous, e.g. TT-0042" error={errors.code}>
        <input value={code} onChange={(e) => setCode(e.target.value)} autoFocus required />
      </Field>
      <Field label="Name (optional)">
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </Field>
      <div className="form__row">
        <Field label="Sex">
          <EnumSelect values={SEXES} value={sex} onChange={setSex} />
        </Field>
        <Field label="Birth year (optional)" error={errors.birthYear}>
          <input
            inputMode="numeric"
            value={birthYear}
            onChange={(e) => setBirthYear(e.target.value)}
          />
        </Field>
      </div>
      <Field label="Hair-loss type">
        <EnumSelect values={HAIR_LOSS_TYPES} value={hairLossType} onChange={setHairLossType} />
      </Field>
      <FormActions submitLabel="Create patient" saving={saving} onCancel={onCancel} />
    </form>
  );
}
