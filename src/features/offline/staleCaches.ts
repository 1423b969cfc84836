// Deletes runtime caches left by older builds (see cacheNames.ts): Workbox cleans only its own
// precache, and a model cache from an older CACHE_VERSION can hold megabytes.
import { isStaleRuntimeCache } from './cacheNames';

export async function deleteStaleRuntimeCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter(isStaleRuntimeCache).map((name) => caches.delete(name)));
}
