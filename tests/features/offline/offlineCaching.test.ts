// Offline caching rules: which runtime caches the page deletes (old versions of ours only),
// what the service worker precaches or caches at runtime, and that it never caches a fallback page.
import { describe, expect, it } from 'vitest';
import {
  CACHE_VERSION,
  RUNTIME_CACHES,
  isStaleRuntimeCache,
} from '../../../src/features/offline/cacheNames';
import {
  PRECACHE_LIMIT_BYTES,
  cacheOnlyRealFiles,
  pwaOptions,
} from '../../../src/features/offline/pwaOptions';

describe('runtime cache names', () => {
  it('keeps the current caches', () => {
    for (const name of Object.values(RUNTIME_CACHES)) expect(isStaleRuntimeCache(name)).toBe(false);
  });

  it('drops caches of an older version', () => {
    expect(isStaleRuntimeCache(`trichotrack-models-v${CACHE_VERSION - 1}`)).toBe(true);
    expect(isStaleRuntimeCache(`trichotrack-demo-v${CACHE_VERSION - 1}`)).toBe(true);
  });

  it('leaves caches that are not ours alone', () => {
    expect(isStaleRuntimeCache('workbox-precache-v2-http://127.0.0.1:4174/')).toBe(false);
    expect(isStaleRuntimeCache('something-else')).toBe(false);
  });
});

describe('pwa options', () => {
  const options = pwaOptions();

  it('waits for the user before applying an update', () => {
    expect(options.registerType).toBe('prompt');
  });

  it('keeps big files and wasm out of the precache', () => {
    expect(options.workbox?.maximumFileSizeToCacheInBytes).toBe(PRECACHE_LIMIT_BYTES);
    expect(options.workbox?.globIgnores).toContain('**/*.wasm');
  });

  it('runtime-caches models, demo and wasm with CacheFirst', () => {
    const routes = options.workbox?.runtimeCaching ?? [];
    const match = (url: string) =>
      routes.find((r) => r.urlPattern instanceof RegExp && r.urlPattern.test(url));
    expect(match('http://x/models/hairseg.onnx')?.handler).toBe('CacheFirst');
    expect(match('http://x/models/hairseg.json')?.options?.cacheName).toBe(RUNTIME_CACHES.models);
    expect(match('http://x/demo/s01-frontal.jpg')?.options?.cacheName).toBe(RUNTIME_CACHES.demo);
    expect(match('http://x/assets/ort-wasm-simd-threaded-abc.wasm')?.options?.cacheName).toBe(
      RUNTIME_CACHES.assets,
    );
    expect(match('http://x/index.html')).toBeUndefined();
  });
});

describe('runtime cache filter', () => {
  const keep = (body: string, status: number, type: string) =>
    cacheOnlyRealFiles.cacheWillUpdate({
      response: new Response(body, { status, headers: { 'content-type': type } }),
    });

  it('stores model files', async () => {
    expect(await keep('onnx', 200, 'application/octet-stream')).not.toBeNull();
    expect(await keep('{}', 200, 'application/json')).not.toBeNull();
  });

  it('refuses an SPA fallback page or an error in place of a file', async () => {
    expect(await keep('<!doctype html>', 200, 'text/html; charset=utf-8')).toBeNull();
    expect(await keep('gone', 404, 'text/plain')).toBeNull();
  });
});
