// The wasm thread policy of the analysis worker: isolation first, then one core left for the page.
import { describe, expect, it } from 'vitest';
import { MAX_WASM_THREADS, wasmThreadCount } from '../../src/analysis/worker/wasmThreads';

describe('wasmThreadCount', () => {
  it('uses one thread without cross-origin isolation, whatever the cores', () => {
    expect(wasmThreadCount(false, 16)).toBe(1);
  });

  it('leaves a core for the page: 1 thread on 2 cores, 3 on 4', () => {
    expect(wasmThreadCount(true, 2)).toBe(1);
    expect(wasmThreadCount(true, 4)).toBe(3);
  });

  it('caps the pool and survives nonsense core counts', () => {
    expect(wasmThreadCount(true, 64)).toBe(MAX_WASM_THREADS);
    expect(wasmThreadCount(true, 1)).toBe(1);
    expect(wasmThreadCount(true, 0)).toBe(1);
    expect(wasmThreadCount(true, Number.NaN)).toBe(1);
  });
});
