// The progress panel's view of its course's batch run (batchRuns.ts). Leaving the page does
// not stop the run; coming back shows where it is.
import { useCallback, useSyncExternalStore } from 'react';
import type { Photo } from '../../domain/photo';
import { batchState, cancelBatch, startBatch, subscribeBatch, type BatchState } from './batchRuns';

export type { BatchState } from './batchRuns';

export function useBatchAnalysis(key: string): {
  state: BatchState;
  start: (photos: readonly Photo[]) => Promise<void>;
  cancel: () => void;
} {
  const state = useSyncExternalStore(
    useCallback((listener: () => void) => subscribeBatch(key, listener), [key]),
    () => batchState(key),
  );
  const start = useCallback((photos: readonly Photo[]) => startBatch(key, photos), [key]);
  const cancel = useCallback(() => cancelBatch(key), [key]);
  return { state, start, cancel };
}
