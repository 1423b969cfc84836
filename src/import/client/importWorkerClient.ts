// The app's single import worker, behind a bridge. `new Worker(new URL(...))` is the form Vite
// recognises to bundle the worker (and its lazily loaded libheif) as a separate chunk.
import * as Comlink from 'comlink';
import type {
  DeriveOutcome,
  DeriveStage,
  ImportWorkerApi,
  InspectedFile,
  InspectOutcome,
} from '../protocol';
import { createWorkerBridge } from './workerBridge';

/** Long enough to keep the worker warm between files, short enough to release its memory. */
const IDLE_STOP_MS = 20_000;

const bridge = createWorkerBridge<ImportWorkerApi>(
  () =>
    new Worker(new URL('../worker/importWorker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    }),
  { idleMs: IDLE_STOP_MS },
);

export interface ImportWorkerClient {
  inspect(file: File, signal?: AbortSignal): Promise<InspectOutcome>;
  derive(
    file: File,
    inspected: InspectedFile,
    onStage: (stage: DeriveStage) => void,
    signal?: AbortSignal,
  ): Promise<DeriveOutcome>;
}

export const importWorkerClient: ImportWorkerClient = {
  inspect: (file, signal) => bridge.run<InspectOutcome>((api) => api.inspect(file), signal),
  derive: (file, inspected, onStage, signal) =>
    bridge.run<DeriveOutcome>((api) => api.derive(file, inspected, Comlink.proxy(onStage)), signal),
};

/** Stops the worker now (e.g. when leaving the session page). */
export function stopImportWorker(): void {
  bridge.terminate();
}
