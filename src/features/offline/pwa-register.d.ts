// Types for vite-plugin-pwa's virtual registration module used by useOfflineStatus.ts.
/// <reference types="vite-plugin-pwa/react" />
