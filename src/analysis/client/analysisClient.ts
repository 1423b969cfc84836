// The one bridge that owns the analysis worker's life (STYLE.md rule 5): starts it on first use,
// queues jobs (the worker runs one at a time), aborts through AbortSignal, and terminates it
// after a quiet spell so the model's memory goes back to the page.
import {
  ABORT_ERROR_NAME,
  type AnalysisMethod,
  type AnalyzeResult,
  type ProgressCallback,
  type RuntimeInfo,
} from '../protocol';
import { connectWorker, type AnalysisConnection } from './connection';

export interface AnalyzeOptions {
  method?: AnalysisMethod;
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  wantMaskPng?: boolean;
  countHairs?: boolean;
}

/** Idle time before the worker (and the loaded model) is dropped. */
export const DEFAULT_IDLE_MS = 120_000;

function abortError(): Error {
  const error = new Error('Analysis cancelled');
  error.name = ABORT_ERROR_NAME;
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === ABORT_ERROR_NAME;
}

export class AnalysisClient {
  private connection: AnalysisConnection | null = null;
  private active = 0;
  private nextJob = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly connect: () => AnalysisConnection;
  private readonly idleMs: number;

  constructor(connect: () => AnalysisConnection = connectWorker, idleMs: number = DEFAULT_IDLE_MS) {
    this.connect = connect;
    this.idleMs = idleMs;
  }

  /** True while a worker is running (for diagnostics and tests). */
  get isRunning(): boolean {
    return this.connection !== null;
  }

  /** Loads the model ahead of the first analysis; reports the backend or the fallback. */
  prepare(onProgress?: ProgressCallback): Promise<RuntimeInfo> {
    return this.track(() => this.open().prepare(onProgress));
  }

  analyze(image: Blob, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const jobId = `job-${this.nextJob++}`;
    return this.track(() => {
      const connection = this.open();
      const job = connection.analyze(
        {
          jobId,
          image,
          method: options.method ?? 'model',
          wantMaskPng: options.wantMaskPng,
          countHairs: options.countHairs,
        },
        options.onProgress,
      );
      if (!signal) return job;
      // Reject at once on abort; the worker drops the job at its next tile boundary.
      return new Promise<AnalyzeResult>((resolve, reject) => {
        const onAbort = () => {
          void connection.abort(jobId);
          reject(abortError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    });
  }

  /** Stops the worker now; running jobs reject. */
  dispose(): void {
    this.clearIdle();
    this.connection?.terminate();
    this.connection = null;
  }

  private open(): AnalysisConnection {
    this.clearIdle();
    this.connection ??= this.connect();
    return this.connection;
  }

  private async track<T>(work: () => Promise<T>): Promise<T> {
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      if (this.active === 0) this.scheduleIdle();
    }
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      if (this.active === 0) this.dispose();
    }, this.idleMs);
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

let shared: AnalysisClient | null = null;

/** The app-wide client: one worker, one loaded model. */
export function getAnalysisClient(): AnalysisClient {
  shared ??= new AnalysisClient();
  return shared;
}
