// Picks and configures onnxruntime-web inside the browser worker: the WebGPU build only when
// `navigator.gpu` hands out an adapter, else the plain wasm build. The .wasm binaries are
// imported with `?url`, so Vite copies them into our own build output and ort never falls back
// to a CDN. Threads only when the page is crossOriginIsolated (SharedArrayBuffer exists).
import { createCountModel, type CountModel, type CountModelCard } from './countModel';
import type { ModelMeta } from './modelMeta';
import { createOrtModel, type OrtModel, type OrtModule } from './ortModel';
import { wasmThreadCount } from './wasmThreads';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import webgpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';

/** Threads for the wasm backend in this worker (see wasmThreadCount). */
export function browserThreadCount(): number {
  return wasmThreadCount(self.crossOriginIsolated, navigator.hardwareConcurrency || 1);
}

async function hasWebGpuAdapter(): Promise<boolean> {
  // `navigator.gpu` is absent from the WebWorker lib typings in this TS version.
  const gpu = (navigator as { gpu?: { requestAdapter: () => Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

function configure(ort: OrtModule, wasm: string, numThreads: number): void {
  ort.env.wasm.wasmPaths = { wasm: new URL(wasm, self.location.href).href };
  ort.env.wasm.numThreads = numThreads;
  ort.env.logLevel = 'error';
}

export interface BrowserOrtOptions {
  /** Wasm threads; default browserThreadCount(). Takes effect on the first session only. */
  numThreads?: number;
  /** Set false to measure the wasm path on a machine that has WebGPU. */
  allowWebGpu?: boolean;
}

/** The ort module the segmenter loaded: the hair counter reuses it rather than load a second. */
let loadedOrt: OrtModule | undefined;

/** Creates a warmed-up session on WebGPU when possible, else on wasm; says which one ran. */
export async function createBrowserOrtModel(
  bytes: Uint8Array,
  meta: ModelMeta,
  options: BrowserOrtOptions = {},
): Promise<OrtModel> {
  const numThreads = options.numThreads ?? browserThreadCount();
  if (options.allowWebGpu !== false && (await hasWebGpuAdapter())) {
    try {
      const ort = await import('onnxruntime-web/webgpu');
      configure(ort, webgpuWasmUrl, numThreads);
      const model = await createOrtModel(ort, bytes, meta, 'webgpu');
      loadedOrt = ort;
      return model;
    } catch (error) {
      // An adapter without the features ORT needs: fall through to wasm, which always works.
      console.warn('WebGPU session failed, using wasm', error);
    }
  }
  const ort = await import('onnxruntime-web/wasm');
  configure(ort, wasmUrl, numThreads);
  loadedOrt = ort;
  return createOrtModel(ort, bytes, meta, 'wasm');
}

/**
 * The learned hair counter on the wasm backend (both ort builds have it), with the segmenter's
 * ort module when one was loaded.
 */
export async function createBrowserCountModel(
  bytes: Uint8Array,
  card: CountModelCard,
): Promise<CountModel> {
  let ort = loadedOrt;
  if (!ort) {
    ort = await import('onnxruntime-web/wasm');
    configure(ort, wasmUrl, browserThreadCount());
    loadedOrt = ort;
  }
  return createCountModel(ort, bytes, card);
}
