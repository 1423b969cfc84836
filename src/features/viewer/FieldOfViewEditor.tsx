// The field-of-view entry of a trichoscopy photo: the width of scalp the photo shows, in mm,
// which turns its hair count into hairs per cm².
import { useEffect, useState } from 'react';
import { reportError } from '../../app/errorStore';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { fieldOfViewProblem } from '../../domain/density';
import type { Photo } from '../../domain/photo';
import { clearFieldOfView, photosWithoutFieldOfView, saveFieldOfView } from './fieldOfView';

export function FieldOfViewEditor({ photo }: { photo: Photo }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [others, setOthers] = useState<Photo[]>([]);
  const [applyToOthers, setApplyToOthers] = useState(true);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!editing) return;
    let live = true;
    photosWithoutFieldOfView(photo).then((list) => live && setOthers(list), reportError);
    return () => {
      live = false;
    };
  }, [editing, photo]);

  const start = () => {
    setText(photo.fieldOfViewMm !== undefined ? String(photo.fieldOfViewMm) : '');
    setError(undefined);
    setEditing(true);
  };

  const save = async () => {
    const widthMm = Number(text.replace(',', '.'));
    const problem =
      text.trim() === '' ? 'Enter the width the photo shows, in mm.' : fieldOfViewProblem(widthMm);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    try {
      await saveFieldOfView(photo, widthMm, applyToOthers ? others : []);
      setEditing(false);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <div>
        <dt>Field of view</dt>
        <dd data-testid="field-of-view">
          {photo.fieldOfViewMm !== undefined ? `${photo.fieldOfViewMm} mm wide` : 'not set'}{' '}
          <button type="button" className="btn btn--ghost" onClick={start}>
            {photo.fieldOfViewMm !== undefined ? 'Change' : 'Set'}
          </button>
          {photo.fieldOfViewMm !== undefined && (
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => void clearFieldOfView(photo).catch(reportError)}
            >
              Clear
            </button>
          )}
        </dd>
      </div>
    );
  }
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        label="Field of view width (mm)"
        hint="The width of scalp the whole photo shows: from the scope's manual, or photograph a ruler once."
        error={error}
      >
        <input
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoFocus
        />
      </Field>
      {others.length > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={applyToOthers}
            onChange={(e) => setApplyToOthers(e.target.checked)}
          />
          <span>
            Also for this patient&apos;s {others.length} other trichoscopy{' '}
            {others.length === 1 ? 'photo' : 'photos'} without one
          </span>
        </label>
      )}
      <FormActions submitLabel="Save" saving={saving} onCancel={() => setEditing(false)} />
    </form>
  );
}
