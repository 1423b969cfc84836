// The global error banner: every failed save or load (quota full, aborted transaction) shows
// here with the storage layer's own sentence until the user dismisses it.
import { useSyncExternalStore } from 'react';
import { currentErrors, dismissError, subscribeErrors } from './errorStore';

export function ErrorBanner() {
  const errors = useSyncExternalStore(subscribeErrors, currentErrors);
  if (errors.length === 0) return null;
  return (
    <div className="error-banner" role="alert">
      {errors.map((error) => (
        <div key={error.id} className="error-banner__item">
          <span>{error.message}</span>
          <button type="button" className="btn btn--ghost" onClick={() => dismissError(error.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
