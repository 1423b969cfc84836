// Batch analysis runs, one per course, kept outside React: a run of a whole course takes a
// minute or more, and a practitioner who opens a session meanwhile should come back to it still
// running (or done), not find it cancelled by the navigation. Photos are analysed one after
// another in the analysis worker and each reading is stored as it comes. A photo that fails is
// counted and skipped; a reading that cannot be saved (full disk) stops the run, since every
// later one would fail the same way. Closing the app stops it; what was saved stays.
import { getAnalysisClient, isAbortError } from '../../analysis/client/analysisClient';
import { getBlob } from '../../app/data';
import { viewCountsHairs, type Photo } from '../../domain/photo';
import { saveAnalysis } from '../analysis/saveAnalysis';

export interface BatchState {
  running: boolean;
  done: number;
  total: number;
  failed: number;
  /** Why the run stopped early, or the first photo that failed. */
  problem: string | null;
}

export const IDLE_BATCH: BatchState = {
  running: false,
  done: 0,
  total: 0,
  failed: 0,
  problem: null,
};

interface Run {
  state: BatchState;
  controller: AbortController | null;
  listeners: Set<() => void>;
}

const runs = new Map<string, Run>();

function runFor(key: string): Run {
  let run = runs.get(key);
  if (!run) {
    run = { state: IDLE_BATCH, controller: null, listeners: new Set() };
    runs.set(key, run);
  }
  return run;
}

function update(run: Run, change: (state: BatchState) => BatchState): void {
  run.state = change(run.state);
  for (const listener of run.listeners) listener();
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function batchState(key: string): BatchState {
  return runs.get(key)?.state ?? IDLE_BATCH;
}

export function subscribeBatch(key: string, listener: () => void): () => void {
  const run = runFor(key);
  run.listeners.add(listener);
  return () => run.listeners.delete(listener);
}

export function cancelBatch(key: string): void {
  const run = runs.get(key);
  if (!run) return;
  run.controller?.abort();
  run.controller = null;
  update(run, (s) => ({ ...s, running: false }));
}

/** Starts analysing `photos` under `key`, replacing a run already going there. */
export async function startBatch(key: string, photos: readonly Photo[]): Promise<void> {
  cancelBatch(key);
  const run = runFor(key);
  const own = new AbortController();
  run.controller = own;
  const client = getAnalysisClient();
  update(run, () => ({ running: true, done: 0, total: photos.length, failed: 0, problem: null }));
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
        countHairs: viewCountsHairs(photo.view),
      });
    } catch (error) {
      // Cancelled (or replaced by a new run): this loop must not touch the state any more.
      if (isAbortError(error) || own.signal.aborted) return;
      update(run, (s) => ({
        ...s,
        done: s.done + 1,
        failed: s.failed + 1,
        problem: s.problem ?? `${photo.fileName}: ${message(error)}`,
      }));
      continue;
    }
    if (own.signal.aborted) return;
    try {
      await saveAnalysis(photo.id, result);
    } catch (error) {
      if (own.signal.aborted) return;
      run.controller = null;
      update(run, (s) => ({
        ...s,
        running: false,
        problem: `Stopped: a reading could not be saved (${message(error)}). Nothing saved so far is lost.`,
      }));
      return;
    }
    if (own.signal.aborted) return;
    update(run, (s) => ({ ...s, done: s.done + 1 }));
  }
  if (run.controller === own) run.controller = null;
  update(run, (s) => ({ ...s, running: false }));
}
