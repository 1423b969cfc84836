// Photo import for one session: pick files, take a photo with the phone camera, or drop files;
// choose the view for the batch; watch progress; read per-file results. The heavy lifting is
// in src/import (a worker); this component only gathers files and shows state.
import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { PatientId, SessionId } from '../../domain/ids';
import { PHOTO_VIEWS, PHOTO_VIEW_LABELS, type PhotoView } from '../../domain/photo';
import { IMPORT_ACCEPT, type ImportReport } from '../../import';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResults } from './ImportResults';
import { useImportBatch } from './useImportBatch';
import './importPanel.css';

interface Props {
  patientId: PatientId;
  sessionId: SessionId;
  defaultView: PhotoView;
  /** Called after a batch that stored at least one photo. */
  onImported?: (report: ImportReport) => void;
}

export function ImportPanel({ patientId, sessionId, defaultView, onImported }: Props) {
  const [view, setView] = useState<PhotoView>(defaultView);
  const [dragging, setDragging] = useState(false);
  const batch = useImportBatch();

  async function importFiles(files: File[]) {
    const report = await batch.start(files, { patientId, sessionId, view });
    if (report && report.storedCount > 0) onImported?.(report);
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Clear the input so picking the same file again still fires a change event.
    event.target.value = '';
    void importFiles(files);
  }

  function onDragOver(event: DragEvent) {
    if (batch.running || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (batch.running) return;
    void importFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <section className="import-panel card" aria-label="Import photos">
      <label className="field">
        <span className="field__label">View</span>
        <select
          value={view}
          disabled={batch.running}
          onChange={(e) => setView(e.target.value as PhotoView)}
        >
          {PHOTO_VIEWS.map((v) => (
            <option key={v} value={v}>
              {PHOTO_VIEW_LABELS[v]}
            </option>
          ))}
        </select>
      </label>

      <div
        className={`import-drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="import-drop__hint">Drop photos here (JPEG, PNG, WebP, HEIC or BMP), or</p>
        <div className="button-row">
          <label className={`btn btn--primary${batch.running ? ' is-disabled' : ''}`}>
            Add photos
            <input
              className="import-input"
              type="file"
              multiple
              accept={IMPORT_ACCEPT}
              disabled={batch.running}
              onChange={onPick}
            />
          </label>
          <label className={`btn${batch.running ? ' is-disabled' : ''}`}>
            Take photo
            <input
              className="import-input"
              type="file"
              accept="image/*"
              capture="environment"
              disabled={batch.running}
              onChange={onPick}
            />
          </label>
        </div>
      </div>

      {batch.running && batch.progress && (
        <ImportProgressBar progress={batch.progress} onCancel={batch.cancel} />
      )}
      {!batch.running && batch.report && <ImportResults report={batch.report} />}
    </section>
  );
}
