// The shell's small offline indicator: "Offline ready" once the app shell is cached,
// "Offline" while there is no network, and "New version available — Reload" when an update
// waits (the user picks the moment, see useOfflineStatus.ts).
import { useOfflineStatus } from './useOfflineStatus';
import './offline.css';

/** Shown only in production builds: `vite dev` has no service worker to register. */
export function OfflineStatus() {
  return import.meta.env.PROD ? <OfflineIndicator /> : null;
}

function OfflineIndicator() {
  const { state, online, applyUpdate } = useOfflineStatus();
  if (state === 'update') {
    return (
      <div className="offline-status offline-status--update" role="status">
        <span className="offline-status__long">New version available</span>
        <button type="button" className="btn btn--primary" onClick={() => void applyUpdate()}>
          Reload
        </button>
      </div>
    );
  }
  if (!online) {
    return (
      <div className="offline-status" role="status" title="Working from this device only">
        Offline
        {state === 'ready' && (
          <span className="offline-status__long"> — all saved on this device</span>
        )}
      </div>
    );
  }
  if (state === 'ready') {
    return (
      <div
        className="offline-status offline-status--ready"
        role="status"
        title="Trichotrack is stored on this device and opens without a network"
      >
        <span className="offline-status__long">Offline ready</span>
      </div>
    );
  }
  return null;
}
