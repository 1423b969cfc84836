// React state for one import batch at a time: progress while it runs, the report after, and
// cancel. A batch still running when the panel unmounts is cancelled.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  importPhotos,
  type ImportProgress,
  type ImportReport,
  type ImportTarget,
} from '../../import';

export interface ImportBatchState {
  running: boolean;
  progress: ImportProgress | undefined;
  report: ImportReport | undefined;
  start(files: File[], target: ImportTarget): Promise<ImportReport | undefined>;
  cancel(): void;
}

export function useImportBatch(): ImportBatchState {
  const [progress, setProgress] = useState<ImportProgress>();
  const [report, setReport] = useState<ImportReport>();
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (files: File[], target: ImportTarget) => {
    if (controller.current || files.length === 0) return undefined;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setReport(undefined);
    setProgress({ total: files.length, finished: 0, fraction: 0 });
    try {
      const result = await importPhotos(files, target, {
        signal: abort.signal,
        onProgress: setProgress,
      });
      setReport(result);
      return result;
    } finally {
      controller.current = undefined;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { running, progress, report, start, cancel };
}
