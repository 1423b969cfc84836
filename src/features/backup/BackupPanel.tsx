// Settings card for backups: export everything on this device to one zip file, and restore
// from such a file (merged by id; newer local data is kept). The zip never leaves the device
// unless the user moves it.
import type { ChangeEvent } from 'react';
import { ImportReportTable } from './ImportReportTable';
import { useBackup, type BackupState } from './useBackup';
import './backup.css';

function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

function StatusMessage({ state }: { state: BackupState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'exporting':
      return (
        <p role="status" className="backup-panel__busy">
          <progress aria-label="Preparing backup" /> Preparing backup…
        </p>
      );
    case 'restoring':
      return (
        <p role="status" className="backup-panel__busy">
          <progress aria-label="Restoring backup" /> Checking and restoring {state.fileName}…
        </p>
      );
    case 'exported':
      return (
        <p role="status">
          Backup saved as <strong>{state.fileName}</strong> ({formatSize(state.sizeBytes)}). Keep it
          somewhere safe: it holds patient photos.
        </p>
      );
    case 'restored':
      return <ImportReportTable report={state.report} />;
    case 'failed':
      return (
        <div role="alert" className="backup-panel__error">
          <p>{state.message}</p>
          <p>
            {state.action === 'restore'
              ? 'Nothing was changed: the data on this device is as it was before.'
              : 'No backup file was saved.'}
          </p>
        </div>
      );
  }
}

export function BackupPanel() {
  const { state, busy, exportNow, restore } = useBackup();

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the input so choosing the same file again still fires a change.
    input.value = '';
    if (file) void restore(file);
  }

  return (
    <section className="card section backup-panel" aria-labelledby="backup" aria-busy={busy}>
      <h2 id="backup" className="section-title">
        Backup
      </h2>
      <p>
        Everything is stored only in this browser. Export a backup regularly, and restore it here or
        on another device. Restoring adds what is missing and never replaces newer data.
      </p>
      <div className="backup-panel__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void exportNow()}
          disabled={busy}
        >
          Export backup
        </button>
        <label className={`btn backup-panel__restore${busy ? ' is-disabled' : ''}`}>
          Restore from backup
          <input
            type="file"
            accept=".zip,application/zip"
            aria-label="Restore backup"
            className="backup-panel__file"
            onChange={onFileChosen}
            disabled={busy}
          />
        </label>
      </div>
      <StatusMessage state={state} />
    </section>
  );
}
