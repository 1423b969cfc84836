// The bridge's life-cycle rules, with a MessageChannel standing in for the Worker.
import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createWorkerBridge } from '../../src/import/client/workerBridge';

interface Api {
  echo(x: number): Promise<number>;
  hang(): Promise<never>;
}

function fakeWorkers() {
  const log = { started: 0, terminated: 0 };
  const make = () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(
      { echo: async (x: number) => x, hang: () => new Promise<never>(() => {}) } satisfies Api,
      port2,
    );
    log.started++;
    return Object.assign(port1, {
      terminate() {
        log.terminated++;
        port1.close();
        port2.close();
      },
    }) as unknown as Worker;
  };
  return { make, log };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createWorkerBridge', () => {
  it('starts the worker on first use and reuses it', async () => {
    const { make, log } = fakeWorkers();
    const bridge = createWorkerBridge<Api>(make, { idleMs: 10_000 });
    expect(log.started).toBe(0);
    expect(await bridge.run((api) => api.echo(1))).toBe(1);
    expect(await bridge.run((api) => api.echo(2))).toBe(2);
    expect(log.started).toBe(1);
    bridge.terminate();
  });

  it('stops the worker after it has been idle', async () => {
    const { make, log } = fakeWorkers();
    const bridge = createWorkerBridge<Api>(make, { idleMs: 20 });
    await bridge.run((api) => api.echo(1));
    await sleep(60);
    expect(log.terminated).toBe(1);
    await bridge.run((api) => api.echo(1));
    expect(log.started).toBe(2);
    bridge.terminate();
  });

  it('aborting a call terminates the worker and rejects with the abort reason', async () => {
    const { make, log } = fakeWorkers();
    const bridge = createWorkerBridge<Api>(make, { idleMs: 10_000 });
    const abort = new AbortController();
    const pending = bridge.run((api) => api.hang(), abort.signal);
    await sleep(5);
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.terminated).toBe(1);
  });

  it('does not start a worker for an already aborted signal', async () => {
    const { make, log } = fakeWorkers();
    const bridge = createWorkerBridge<Api>(make, { idleMs: 10_000 });
    await expect(bridge.run((api) => api.echo(1), AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(log.started).toBe(0);
  });
});
