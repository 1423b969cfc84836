// Settings section: pick a protocol template and edit it; also the intake checklist.
import { useState } from 'react';
import { reportError } from '../../app/errorStore';
import { newId } from '../../domain/ids';
import {
  BUILT_IN_TEMPLATES,
  removeTemplate,
  upsertTemplate,
  type ProtocolTemplate,
} from '../../domain/templates';
import { saveStoredTemplates } from './planningData';
import { TemplateEditor } from './TemplateEditor';
import { TemplatePicker } from './TemplatePicker';
import { useStoredTemplates, useTemplateList } from './useTemplates';
import './planning.css';

export function TemplateSettings() {
  const stored = useStoredTemplates();
  const all = useTemplateList();
  const [selectedId, setSelectedId] = useState(BUILT_IN_TEMPLATES[0]?.id ?? '');
  const [status, setStatus] = useState('');
  if (!stored || !all) return null;
  const selected = all.find((t) => t.id === selectedId) ?? all[0];
  if (!selected) return null;
  const isBuiltIn = BUILT_IN_TEMPLATES.some((b) => b.id === selected.id);
  const overridden = isBuiltIn && stored.some((s) => s.id === selected.id);

  const save = (list: ProtocolTemplate[], msg: string, select?: string) => {
    saveStoredTemplates(list).then(() => {
      setStatus(msg);
      if (select) setSelectedId(select);
    }, reportError);
  };

  return (
    <section className="card section" aria-labelledby="template-settings-title">
      <h2 id="template-settings-title" className="section-title">
        Protocol templates
      </h2>
      <label className="field">
        <span className="field__label">Template</span>
        <TemplatePicker
          templates={all}
          value={selected.id}
          onChange={(t) => {
            setSelectedId(t.id);
            setStatus('');
          }}
        />
      </label>
      <TemplateEditor
        key={`${selected.id}:${JSON.stringify(selected)}`}
        template={selected}
        onSave={(t) => save(upsertTemplate(stored, t), 'Template saved.')}
        onSaveAsNew={(t) => {
          const id = `custom-${newId<string>()}`;
          // An unrenamed copy would be indistinguishable from its source in the picker.
          const name = t.name === selected.name ? `${t.name} (copy)` : t.name;
          save(upsertTemplate(stored, { ...t, id, name }), 'Saved as a new template.', id);
        }}
        onReset={
          !isBuiltIn || overridden
            ? () =>
                save(
                  removeTemplate(stored, selected.id),
                  isBuiltIn ? 'Default restored.' : 'Template deleted.',
                  isBuiltIn ? selected.id : BUILT_IN_TEMPLATES[0]?.id,
                )
            : undefined
        }
        resetLabel={isBuiltIn ? 'Restore default' : 'Delete template'}
      />
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
    </section>
  );
}
