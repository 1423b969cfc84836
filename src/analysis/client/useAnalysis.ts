// React hook over the shared analysis client: run, progress, result, cancel. Cancels the
// running job when the component unmounts, so a closed viewer never keeps the worker busy.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalysisMethod, AnalysisProgress, AnalyzeResult } from '../protocol';
import { getAnalysisClient, isAbortError, type AnalysisClient } from './analysisClient';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'error';

export interface AnalysisState {
  status: AnalysisStatus;
  progress: AnalysisProgress | null;
  result: AnalyzeResult | null;
  error: string | null;
}

const IDLE: AnalysisState = { status: 'idle', progress: null, result: null, error: null };

export function useAnalysis(client: AnalysisClient = getAnalysisClient()) {
  const [state, setState] = useState<AnalysisState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    controller.current = null;
    setState((s) => (s.status === 'running' ? IDLE : s));
  }, []);

  useEffect(() => cancel, [cancel]);

  const run = useCallback(
    async (
      image: Blob,
      method: AnalysisMethod = 'model',
      { countHairs = false }: { countHairs?: boolean } = {},
    ): Promise<AnalyzeResult | null> => {
      cancel();
      const own = new AbortController();
      controller.current = own;
      setState({ status: 'running', progress: null, result: null, error: null });
      try {
        const result = await client.analyze(image, {
          method,
          signal: own.signal,
          wantMaskPng: true,
          countHairs,
          onProgress: (progress) => {
            if (!own.signal.aborted) setState((s) => ({ ...s, progress }));
          },
        });
        if (!own.signal.aborted) setState({ status: 'done', progress: null, result, error: null });
        return result;
      } catch (error) {
        if (isAbortError(error)) {
          // A newer run or an unmount took over; leave its state alone.
          return null;
        }
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', progress: null, result: null, error: message });
        return null;
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    [cancel, client],
  );

  return { ...state, run, cancel };
}
