// The backup panel's state machine: export and restore run one at a time, and each ends in a
// message the user can act on. Restore failures keep the storage layer's own sentence (it says
// what is wrong with the file); importBackup verifies everything before writing, in one
// transaction, so on any failure the data on this device is unchanged.
import { useState } from 'react';
import { errorMessage } from '../../app/errorStore';
import { backupFileName, exportBackup, importBackup, type ImportReport } from '../../storage';
import { downloadBlob } from '../../lib/dom/downloadBlob';

export type BackupState =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'exported'; fileName: string; sizeBytes: number }
  | { kind: 'restoring'; fileName: string }
  | { kind: 'restored'; fileName: string; report: ImportReport }
  | { kind: 'failed'; action: 'export' | 'restore'; message: string };

export function useBackup() {
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const busy = state.kind === 'exporting' || state.kind === 'restoring';

  async function exportNow(): Promise<void> {
    if (busy) return;
    setState({ kind: 'exporting' });
    try {
      const now = new Date();
      const blob = await exportBackup(now);
      const fileName = backupFileName(now);
      downloadBlob(blob, fileName);
      setState({ kind: 'exported', fileName, sizeBytes: blob.size });
    } catch (error) {
      setState({ kind: 'failed', action: 'export', message: errorMessage(error) });
    }
  }

  async function restore(file: File): Promise<void> {
    if (busy) return;
    setState({ kind: 'restoring', fileName: file.name });
    try {
      const report = await importBackup(file);
      setState({ kind: 'restored', fileName: file.name, report });
    } catch (error) {
      // Keep the original for support; the panel shows the sentence.
      console.error(error);
      setState({ kind: 'failed', action: 'restore', message: errorMessage(error) });
    }
  }

  return { state, busy, exportNow, restore };
}
