// Settings section: the clinic's contraindication checklist, edited as one item per line.
import { useState } from 'react';
import { reportError } from '../../app/errorStore';
import { useLiveQuery } from '../../app/useLiveQuery';
import { DEFAULT_CONTRAINDICATIONS, type Contraindication } from '../../domain/intake';
import { linesToItems } from '../planning/editLines';
import { loadContraindications, saveContraindications } from '../planning/planningData';

function Editor({ list }: { list: Contraindication[] }) {
  const [text, setText] = useState(list.map((c) => c.label).join('\n'));
  const [status, setStatus] = useState('');
  const save = (next: Contraindication[], msg: string) =>
    saveContraindications(next).then(() => setStatus(msg), reportError);
  return (
    <>
      <label className="field">
        <span className="field__label">One contraindication per line</span>
        <textarea rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() =>
            void save(
              linesToItems(
                text,
                list,
                (c) => c.label,
                (id, label, prev) => ({ id, label, level: prev?.level ?? 'absolute' }),
              ),
              'Checklist saved.',
            )
          }
        >
          Save checklist
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setText(DEFAULT_CONTRAINDICATIONS.map((c) => c.label).join('\n'));
            void save([...DEFAULT_CONTRAINDICATIONS], 'Default checklist restored.');
          }}
        >
          Restore default
        </button>
        {status && (
          <span role="status" className="muted">
            {status}
          </span>
        )}
      </div>
    </>
  );
}

export function ContraindicationSettings() {
  const list = useLiveQuery(loadContraindications, []);
  return (
    <section className="card section" aria-labelledby="ci-settings-title">
      <h2 id="ci-settings-title" className="section-title">
        Intake checklist
      </h2>
      {list.status === 'ready' && <Editor list={list.data} />}
    </section>
  );
}
