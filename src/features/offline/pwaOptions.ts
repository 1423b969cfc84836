// Build-time options for vite-plugin-pwa (imported by vite.config.ts, never by the app).
// Workbox generateSW precaches the app shell — HTML, JS, CSS, icons, the manifest — so the app
// opens with no network. Anything over PRECACHE_LIMIT_BYTES (the onnxruntime and libheif
// .wasm files, the OpenCV chunk) is left out of the precache, which every install downloads,
// and is cached at runtime on first use instead (CacheFirst: build files are content-hashed).
// registerType 'prompt': a new version waits until the user says "reload", so a clinic
// tablet never reloads by itself in the middle of an import.
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { RUNTIME_CACHES } from './cacheNames.ts';

/** Files above this stay out of the precache. */
export const PRECACHE_LIMIT_BYTES = 5 * 1024 * 1024;

const DAY_S = 24 * 60 * 60;

/**
 * Workbox plugin for the runtime caches: store only real files. A static host with an SPA
 * fallback (vite preview does this) answers a missing /models file with index.html and status
 * 200, which CacheFirst would otherwise serve in place of the model from then on.
 * Workbox serialises this function into sw.js, so it must not use anything from this module.
 */
export const cacheOnlyRealFiles = {
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> =>
    response.status === 200 && !(response.headers.get('content-type') ?? '').includes('text/html')
      ? response
      : null,
};

export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // The app registers the worker itself (src/features/offline/useOfflineStatus.ts).
    injectRegister: false,
    // Development keeps plain network loading; the worker exists only in `vite build`.
    devOptions: { enabled: false },
    // Oversized chunks (OpenCV is ~15 MB) are meant to be skipped, not to fail the build; the
    // assets route below caches them on first use.
    showMaximumFileSizeToCacheInBytesWarning: true,
    manifest: {
      name: 'Trichotrack',
      short_name: 'Trichotrack',
      description: 'Track hair-loss treatment by standardized scalp photos, offline.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f5f7f8', // --bg
      theme_color: '#1f6f8b', // --accent
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    // The glob below precaches the icons already, and the plugin adds the manifest itself.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // Screenshots are for the README; wasm and demo photos are runtime-cached below.
      globIgnores: ['screenshots/**', 'demo/**', '**/*.wasm'],
      maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
      cleanupOutdatedCaches: true,
      // Take control of the first visit at once, so the model and demo files fetched then are
      // cached too. Safe with 'prompt': a later version still activates only when the user
      // accepts it (or every tab is closed), and that reloads the page anyway.
      clientsClaim: true,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/(?:models|demo|screenshots)\//],
      runtimeCaching: [
        {
          urlPattern: /\/models\/[^/]+\.(?:onnx|json)$/,
          handler: 'CacheFirst',
          options: { cacheName: RUNTIME_CACHES.models, plugins: [cacheOnlyRealFiles] },
        },
        {
          urlPattern: /\/demo\//,
          handler: 'CacheFirst',
          options: { cacheName: RUNTIME_CACHES.demo, plugins: [cacheOnlyRealFiles] },
        },
        {
          // Only reached by files the precache skipped: .wasm and chunks over the limit.
          urlPattern: /\/assets\/.+\.(?:wasm|js)$/,
          handler: 'CacheFirst',
          options: {
            cacheName: RUNTIME_CACHES.assets,
            plugins: [cacheOnlyRealFiles],
            // Old hashed files pile up across releases; a few versions of each is plenty.
            expiration: { maxEntries: 16, maxAgeSeconds: 180 * DAY_S },
          },
        },
      ],
    },
  };
}
