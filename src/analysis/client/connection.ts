// How the client bridge talks to an analysis API: through a real Worker via Comlink in the app,
// or to the API object directly in tests. The bridge only sees this interface.
import * as Comlink from 'comlink';
import type {
  AnalysisWorkerApi,
  AnalyzeRequest,
  AnalyzeResult,
  ProgressCallback,
  RuntimeInfo,
} from '../protocol';

export interface AnalysisConnection {
  prepare: (onProgress?: ProgressCallback) => Promise<RuntimeInfo>;
  analyze: (request: AnalyzeRequest, onProgress?: ProgressCallback) => Promise<AnalyzeResult>;
  abort: (jobId: string) => unknown;
  terminate: () => void;
}

/** Starts the analysis worker (a separate module chunk, so ort/opencv never load on the page). */
export function connectWorker(): AnalysisConnection {
  const worker = new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
  const remote = Comlink.wrap<AnalysisWorkerApi>(worker);
  // Callbacks cross the thread boundary as Comlink proxies; plain functions cannot be cloned.
  const wrap = (onProgress?: ProgressCallback) =>
    onProgress ? Comlink.proxy(onProgress) : undefined;
  return {
    prepare: (onProgress) => remote.prepare(wrap(onProgress)),
    analyze: (request, onProgress) => remote.analyze(request, wrap(onProgress)),
    abort: (jobId) => remote.abort(jobId),
    terminate: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** A connection to an API object in the same thread (tests, or environments without Worker). */
export function connectDirect(api: AnalysisWorkerApi): AnalysisConnection {
  return {
    prepare: (onProgress) => api.prepare(onProgress),
    analyze: (request, onProgress) => api.analyze(request, onProgress),
    abort: (jobId) => api.abort(jobId),
    terminate: () => {},
  };
}
