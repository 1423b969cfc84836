// Registers the service worker (production builds only) and reports what the shell should
// show: nothing yet, "offline ready", or "update available". Updates wait for the user
// (registerType 'prompt'): applying one reloads the page, which must never happen by itself
// in the middle of a photo import or a backup restore.
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { deleteStaleRuntimeCaches } from './staleCaches';

export type OfflineState = 'none' | 'ready' | 'update';

export interface OfflineStatus {
  state: OfflineState;
  /** False while the browser reports no network. */
  online: boolean;
  /** Activates the waiting worker and reloads the page. */
  applyUpdate: () => Promise<void>;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function useOfflineStatus(): OfflineStatus {
  const [controlled, setControlled] = useState(false);
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // offlineReady fires only on the very first install; on later visits an active worker
      // that already serves this page means the same thing.
      if (registration?.active && navigator.serviceWorker.controller) setControlled(true);
      deleteStaleRuntimeCaches().catch((error: unknown) => console.warn(error));
    },
    onRegisterError(error: unknown) {
      // Not fatal: the app works online without it. Keep it for support.
      console.warn('Service worker registration failed', error);
    },
  });
  const online = useOnline();
  const state: OfflineState = needRefresh
    ? 'update'
    : offlineReady || controlled
      ? 'ready'
      : 'none';
  return { state, online, applyUpdate: () => updateServiceWorker(true) };
}
