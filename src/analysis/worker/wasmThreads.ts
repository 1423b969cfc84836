// How many wasm threads the model session gets. Pure, so it is testable outside a browser.

/** Beyond this a 185k-parameter net gains nothing from more threads (ort's pool overhead wins). */
export const MAX_WASM_THREADS = 4;

/**
 * One core is left for the page and the browser: on this project's 2-core machines a 2-thread
 * session ran a 512² tile in 39–59 ms against 36–37 ms with 1 thread, over several runs of
 * `npm run bench -- modelBrowser`, because ort's second thread fought the main thread and
 * Chromium's own processes for the same cores. Checked again in stop 15 on the app's own path
 * (the worker row of that bench, 1 and 2 threads alternating, 3 rounds): 1,739–2,127 ms per
 * photo with 1 thread against 1,750–2,172 ms with 2, and 1,702–1,927 against 2,039–2,432 ms in
 * the second, sampled run of each. Without cross-origin isolation there is no
 * SharedArrayBuffer, so only 1 thread works.
 */
export function wasmThreadCount(crossOriginIsolated: boolean, logicalCores: number): number {
  if (!crossOriginIsolated) return 1;
  const cores = Number.isFinite(logicalCores) && logicalCores > 0 ? Math.floor(logicalCores) : 1;
  return Math.max(1, Math.min(MAX_WASM_THREADS, cores - 1));
}
