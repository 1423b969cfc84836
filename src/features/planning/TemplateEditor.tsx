// Editing one protocol template: rhythm blocks, views to photograph, aftercare sheet, policy.
// Saving a built-in stores an override under its id; "save as new" makes a custom template.
import { useState } from 'react';
import { labelOf } from '../../app/format';
import { PHOTO_VIEWS, PHOTO_VIEW_LABELS, type PhotoView } from '../../domain/photo';
import { SESSION_PHASES, type SessionPhase } from '../../domain/session';
import {
  MAX_INTERVAL_DAYS,
  MAX_SESSIONS,
  defaultSessionCount,
  type ProtocolTemplate,
  type ScheduleBlock,
} from '../../domain/templates';
import { linesToItems } from './editLines';

interface Props {
  template: ProtocolTemplate;
  onSave: (t: ProtocolTemplate) => void;
  onSaveAsNew: (t: ProtocolTemplate) => void;
  onReset?: (() => void) | undefined;
  resetLabel?: string;
}

export function TemplateEditor({ template, onSave, onSaveAsNew, onReset, resetLabel }: Props) {
  const [t, setT] = useState(template);
  const [aftercareText, setAftercareText] = useState(
    template.aftercare.map((a) => a.text).join('\n'),
  );
  const patch = (p: Partial<ProtocolTemplate>) => setT((x) => ({ ...x, ...p }));
  const setBlock = (i: number, p: Partial<ScheduleBlock>) =>
    patch({ blocks: t.blocks.map((b, j) => (j === i ? { ...b, ...p } : b)) });
  const toggleView = (v: PhotoView, on: boolean) =>
    patch({ views: PHOTO_VIEWS.filter((x) => (x === v ? on : t.views.includes(x))) });
  const result = (): ProtocolTemplate => ({
    ...t,
    aftercare: linesToItems(
      aftercareText,
      t.aftercare,
      (a) => a.text,
      (id, text) => ({ id, text }),
    ),
  });
  const num = (v: string, max: number) => Math.max(1, Math.min(max, Math.round(Number(v)) || 1));

  return (
    <div className="template-editor">
      <div className="form__row">
        <label className="field">
          <span className="field__label">Name</span>
          <input value={t.name} onChange={(e) => patch({ name: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Sessions are</span>
          <select
            value={t.sessionKind}
            onChange={(e) => patch({ sessionKind: e.target.value as 'visit' | 'check-in' })}
          >
            <option value="visit">Clinic visits</option>
            <option value="check-in">Photo check-ins</option>
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field__label">Description</span>
        <input value={t.description} onChange={(e) => patch({ description: e.target.value })} />
      </label>
      <fieldset>
        <legend>Rhythm ({defaultSessionCount(t)} sessions by default)</legend>
        {t.blocks.map((b, i) => (
          <div key={i} className="template-editor__block">
            <label className="field">
              <span className="field__label">Phase</span>
              <select
                value={b.phase}
                onChange={(e) => setBlock(i, { phase: e.target.value as SessionPhase })}
              >
                {SESSION_PHASES.map((p) => (
                  <option key={p} value={p}>
                    {labelOf(p)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Sessions</span>
              <input
                type="number"
                min={1}
                max={MAX_SESSIONS}
                value={b.sessions}
                onChange={(e) => setBlock(i, { sessions: num(e.target.value, MAX_SESSIONS) })}
              />
            </label>
            <label className="field">
              <span className="field__label">Every (days)</span>
              <input
                type="number"
                min={1}
                max={MAX_INTERVAL_DAYS}
                value={b.intervalDays}
                onChange={(e) =>
                  setBlock(i, { intervalDays: num(e.target.value, MAX_INTERVAL_DAYS) })
                }
              />
            </label>
            <button
              type="button"
              className="btn btn--small"
              disabled={t.blocks.length < 2}
              onClick={() => patch({ blocks: t.blocks.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            patch({
              blocks: [...t.blocks, { phase: 'maintenance', sessions: 1, intervalDays: 30 }],
            })
          }
        >
          Add block
        </button>
        <label className="field">
          <span className="field__label">When a session moves</span>
          <select
            value={t.replanPolicy}
            onChange={(e) =>
              patch({ replanPolicy: e.target.value as ProtocolTemplate['replanPolicy'] })
            }
          >
            <option value="shift-following">Later sessions move with it (keep intervals)</option>
            <option value="keep-others">Only that session moves</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">Patient photo reminder every (days)</span>
          <input
            type="number"
            min={1}
            max={MAX_INTERVAL_DAYS}
            value={t.photoReminderIntervalDays}
            onChange={(e) =>
              patch({ photoReminderIntervalDays: num(e.target.value, MAX_INTERVAL_DAYS) })
            }
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Views to photograph</legend>
        {PHOTO_VIEWS.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={t.views.includes(v)}
              onChange={(e) => toggleView(v, e.target.checked)}
            />
            <span>{PHOTO_VIEW_LABELS[v]}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">Aftercare sheet (one instruction per line)</span>
        <textarea
          rows={6}
          value={aftercareText}
          onChange={(e) => setAftercareText(e.target.value)}
        />
      </label>
      <div className="button-row">
        <button type="button" className="btn btn--primary" onClick={() => onSave(result())}>
          Save template
        </button>
        <button type="button" className="btn" onClick={() => onSaveAsNew(result())}>
          Save as new template
        </button>
        {onReset && (
          <button type="button" className="btn" onClick={onReset}>
            {resetLabel ?? 'Reset'}
          </button>
        )}
      </div>
    </div>
  );
}
