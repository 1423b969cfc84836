// Owns one Comlink worker's life: started lazily on the first call, terminated after a quiet
// spell (decoders hold hundreds of MB we want back), and terminated at once when a caller
// aborts — the only way to stop a decode already running inside the browser's codec.
import * as Comlink from 'comlink';

export interface WorkerBridge<Api> {
  /** Runs `task` against the worker; rejects with an AbortError if `signal` fires first. */
  run<R>(task: (api: Comlink.Remote<Api>) => Promise<R>, signal?: AbortSignal): Promise<R>;
  /** Stops the worker now; calls in flight reject. */
  terminate(): void;
}

export interface WorkerBridgeOptions {
  /** Milliseconds without calls before the worker is stopped. */
  idleMs: number;
}

function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('The import was cancelled.', 'AbortError');
}

export function createWorkerBridge<Api>(
  makeWorker: () => Worker,
  { idleMs }: WorkerBridgeOptions,
): WorkerBridge<Api> {
  let worker: Worker | undefined;
  let remote: Comlink.Remote<Api> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  // Rejecters of calls in flight: after terminate() their Comlink promises would never settle.
  const inFlight = new Set<(reason: unknown) => void>();

  function terminate(reason: unknown = new DOMException('Worker stopped.', 'AbortError')): void {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (remote) remote[Comlink.releaseProxy]();
    worker?.terminate();
    worker = undefined;
    remote = undefined;
    for (const reject of [...inFlight]) reject(reason);
    inFlight.clear();
  }

  function ensureRemote(): Comlink.Remote<Api> {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (!remote) {
      worker = makeWorker();
      remote = Comlink.wrap<Api>(worker);
    }
    return remote;
  }

  function scheduleIdleStop(): void {
    if (inFlight.size > 0 || !worker) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => terminate(), idleMs);
  }

  async function run<R>(
    task: (api: Comlink.Remote<Api>) => Promise<R>,
    signal?: AbortSignal,
  ): Promise<R> {
    if (signal?.aborted) throw abortError(signal);
    const api = ensureRemote();
    let reject!: (reason: unknown) => void;
    const stopped = new Promise<never>((_, r) => (reject = r));
    inFlight.add(reject);
    const onAbort = () => terminate(abortError(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await Promise.race([task(api), stopped]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      inFlight.delete(reject);
      scheduleIdleStop();
    }
  }

  return { run, terminate: () => terminate() };
}
