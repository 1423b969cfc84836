// The session record: status and date (rescheduling re-plans later sessions), products and
// dose, technique, side effects with severity, aftercare given and notes.
import { useState, type FormEvent } from 'react';
import { labelOf } from '../../app/format';
import { reportError } from '../../app/errorStore';
import { SESSION_STATUSES, type Session, type SessionStatus } from '../../domain/session';
import type { ProtocolTemplate } from '../../domain/templates';
import { AftercareChecklist } from '../aftercare';
import { saveSessions } from './planningData';
import { ProductsInput } from './ProductsInput';
import { applySessionEdit, editFromSession, type SessionEdit } from './sessionEdit';
import { SideEffectsInput } from './SideEffectsInput';

interface Props {
  session: Session;
  /** All sessions of the course, for re-planning. */
  courseSessions: readonly Session[];
  template: ProtocolTemplate;
  today: string;
  onSaved?: () => void;
}

export function SessionRecordForm({ session, courseSessions, template, today, onSaved }: Props) {
  const [edit, setEdit] = useState<SessionEdit>(() => editFromSession(session, today));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const set = <K extends keyof SessionEdit>(k: K, v: SessionEdit[K]) => {
    setMessage('');
    setEdit((e) => ({ ...e, [k]: v }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    try {
      const changed = applySessionEdit(courseSessions, session.id, edit, template.replanPolicy);
      await saveSessions(changed);
      const moved = changed.length - 1;
      setMessage(moved > 0 ? `Saved; ${moved} later session(s) re-planned.` : 'Saved.');
      onSaved?.();
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="record-form" onSubmit={submit} aria-label="Session record">
      <div className="record-form__grid">
        <label className="field">
          <span className="field__label">Status</span>
          <select
            value={edit.status}
            onChange={(e) => set('status', e.target.value as SessionStatus)}
          >
            {SESSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labelOf(s)}
              </option>
            ))}
          </select>
        </label>
        {edit.status === 'done' ? (
          <label className="field">
            <span className="field__label">Date done</span>
            <input
              type="date"
              value={edit.date}
              onChange={(e) => set('date', e.target.value || today)}
            />
          </label>
        ) : (
          <label className="field">
            <span className="field__label">Planned date</span>
            <input
              type="date"
              value={edit.plannedDate}
              onChange={(e) => set('plannedDate', e.target.value || session.plannedDate)}
            />
            {template.replanPolicy === 'shift-following' && (
              <span className="field__hint">Later planned sessions move with it.</span>
            )}
          </label>
        )}
        <label className="field">
          <span className="field__label">Technique</span>
          <input
            value={edit.technique}
            placeholder="e.g. papular, nappage, 4 mm"
            onChange={(e) => set('technique', e.target.value)}
          />
        </label>
      </div>
      <ProductsInput value={edit.products} onChange={(v) => set('products', v)} />
      <SideEffectsInput value={edit.sideEffects} onChange={(v) => set('sideEffects', v)} />
      <AftercareChecklist
        items={template.aftercare}
        given={edit.aftercareGiven}
        onChange={(v) => set('aftercareGiven', v)}
      />
      <label className="field">
        <span className="field__label">Notes</span>
        <textarea rows={3} value={edit.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="btn btn--primary" disabled={saving}>
          Save session record
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
    </form>
  );
}
