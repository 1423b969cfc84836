// How many wasm threads the model session gets. Pure, so it is testable outside a browser.

/** Beyond this a 185k-parameter net gains nothing from more threads (ort's pool overhead wins). */
export const MAX_WASM_THREADS = 4;

/**
 * One core is left for the page and the browser: on this project's 2-core machines a 2-thread
 * session ran a 512² tile in 39–59 ms against 36–37 ms with 1 thread, over several runs of
 * `npm run bench -- modelBrowser`, because ort's second thread fought the main thread and
 * Chromium's own processes for the same cores. Without cross-origin isolation there is no
 * SharedArrayBuffer, so only 1 thread works.
 */
export function wasmThreadCount(crossOriginIsolated: boolean, logicalCores: number): number {
  if (!crossOriginIsolated) return 1;
  const cores = Number.isFinite(logicalCores) && logicalCores > 0 ? Math.floor(logicalCores) : 1;
  return Math.max(1, Math.min(MAX_WASM_THREADS, cores - 1));
}
