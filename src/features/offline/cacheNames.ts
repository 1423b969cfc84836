// Names of the service worker's runtime caches, shared by the build config (pwaOptions.ts)
// and the page (staleCaches.ts), so both agree on which caches are current.
// /models and /demo files keep the same URL across releases, so a changed file would be
// served stale forever by CacheFirst: bump CACHE_VERSION whenever one of them changes, and
// the page deletes the old caches (Workbox only cleans its own precache).

/** Bump when a file under /models or /demo changes without changing its name. */
export const CACHE_VERSION = 2;

const PREFIX = 'trichotrack-';

export const RUNTIME_CACHES = {
  /** The segmentation model and its card, /models/*.onnx|json. */
  models: `${PREFIX}models-v${CACHE_VERSION}`,
  /** The demo course photos and manifest, /demo/*. */
  demo: `${PREFIX}demo-v${CACHE_VERSION}`,
  /** Content-hashed build files too big to precache: wasm runtimes, the OpenCV chunk. */
  assets: `${PREFIX}assets`,
} as const;

/** True for a runtime cache of ours that the current build no longer uses. */
export function isStaleRuntimeCache(name: string): boolean {
  const current: readonly string[] = Object.values(RUNTIME_CACHES);
  return name.startsWith(PREFIX) && !current.includes(name);
}
