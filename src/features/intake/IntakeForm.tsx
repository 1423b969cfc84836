// Intake: contraindication checklist (warning as soon as one applies), history notes and
// consent with its date. Controlled by the caller through onSave.
import { useState, type FormEvent } from 'react';
import { CheckList } from '../../components/CheckList';
import { todayIsoDate } from '../../domain/dates';
import { ageOutsideLimits, type Contraindication } from '../../domain/intake';
import type { Intake } from '../../domain/patient';
import { ContraindicationWarning } from './ContraindicationWarning';

interface Props {
  initial: Intake;
  list: readonly Contraindication[];
  birthYear?: number | undefined;
  onSave: (intake: Intake) => Promise<void>;
}

export function IntakeForm({ initial, list, birthYear, onSave }: Props) {
  const [selected, setSelected] = useState<string[]>(initial.contraindications);
  const [notes, setNotes] = useState(initial.notes);
  const [consentDate, setConsentDate] = useState<string | null>(initial.consentDate);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const ageHint =
    ageOutsideLimits(birthYear, new Date().getFullYear()) && !selected.includes('age-limits');

  const select = (ids: string[]) => {
    setSaved(false);
    setSelected(ids);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    try {
      await onSave({ contraindications: selected, notes, consentDate });
      setSaved(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="intake-form" onSubmit={submit} aria-label="Intake">
      <fieldset>
        <legend>Contraindications</legend>
        <CheckList options={list} selected={selected} onChange={select} />
      </fieldset>
      {ageHint && (
        <p className="field__hint" role="note">
          The birth year is outside the usual age limits — consider ticking “age limits”.
        </p>
      )}
      <ContraindicationWarning selected={selected} list={list} />
      <label className="field">
        <span className="field__label">History, diagnosis, scalp and hair condition</span>
        <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={consentDate !== null}
          onChange={(e) => setConsentDate(e.target.checked ? todayIsoDate() : null)}
        />
        <span>Informed consent given</span>
      </label>
      {consentDate !== null && (
        <label className="field">
          <span className="field__label">Consent date</span>
          <input
            type="date"
            value={consentDate}
            onChange={(e) => setConsentDate(e.target.value || todayIsoDate())}
          />
        </label>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--primary" disabled={saving}>
          Save intake
        </button>
        {saved && (
          <span className="muted" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}
