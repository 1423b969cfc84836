// Analyses a list of photos one after another in the analysis worker and stores each reading,
// so a course's chart can be filled in one go (e.g. the demo course, or photos imported in
// bulk). A photo that fails to analyse is counted and skipped; a reading that cannot be saved
// (full disk) stops the run, since every later one would fail the same way.
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAnalysisClient, isAbortError } from '../../analysis/client/analysisClient';
import { getBlob } from '../../app/data';
import type { Photo } from '../../domain/photo';
import { saveAnalysis } from '../analysis/saveAnalysis';

export interface BatchState {
  running: boolean;
  done: number;
  total: number;
  failed: number;
  /** Why the run stopped early, or the first photo that failed. */
  problem: string | null;
}

const IDLE: BatchState = { running: false, done: 0, total: 0, failed: 0, problem: null };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useBatchAnalysis() {
  const [state, setState] = useState<BatchState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState((s) => ({ ...s, running: false }));
  }, []);

  useEffect(() => cancel, [cancel]);

  const start = useCallback(
    async (photos: readonly Photo[]) => {
      cancel();
      const own = new AbortController();
      controller.current = own;
      const client = getAnalysisClient();
      setState({ running: true, done: 0, total: photos.length, failed: 0, problem: null });
      for (const photo of photos) {
        if (own.signal.aborted) return;
        let result;
        try {
          const blob = await getBlob(photo.working.blobId);
          if (!blob) throw new Error(`the working copy of ${photo.fileName} is missing`);
          result = await client.analyze(blob, {
            method: 'model',
            signal: own.signal,
            wantMaskPng: true,
          });
        } catch (error) {
          if (isAbortError(error)) return;
          setState((s) => ({
            ...s,
            done: s.done + 1,
            failed: s.failed + 1,
            problem: s.problem ?? `${photo.fileName}: ${message(error)}`,
          }));
          continue;
        }
        try {
          await saveAnalysis(photo.id, result);
        } catch (error) {
          setState((s) => ({
            ...s,
            running: false,
            problem: `Stopped: a reading could not be saved (${message(error)}). Nothing saved so far is lost.`,
          }));
          return;
        }
        setState((s) => ({ ...s, done: s.done + 1 }));
      }
      if (controller.current === own) controller.current = null;
      setState((s) => ({ ...s, running: false }));
    },
    [cancel],
  );

  return { state, start, cancel };
}
