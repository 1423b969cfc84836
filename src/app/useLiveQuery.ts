// Runs an async read and re-runs it whenever the data changes (see changeBus) or its keys do.
// Errors go to the global error banner as well as to the caller, so a failed read is never silent.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { dataVersion, subscribeDataChanged } from './changeBus';
import { reportError } from './errorStore';

export type LiveQuery<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'ready'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: unknown };

export function useLiveQuery<T>(read: () => Promise<T>, keys: readonly unknown[]): LiveQuery<T> {
  const version = useSyncExternalStore(subscribeDataChanged, dataVersion);
  const [state, setState] = useState<LiveQuery<T>>({
    status: 'loading',
    data: undefined,
    error: undefined,
  });

  useEffect(() => {
    let cancelled = false;
    read().then(
      (data) => {
        if (!cancelled) setState({ status: 'ready', data, error: undefined });
      },
      (error: unknown) => {
        if (cancelled) return;
        reportError(error);
        setState({ status: 'error', data: undefined, error });
      },
    );
    return () => {
      cancelled = true;
    };
    // `read` is a fresh closure each render; the keys say when it actually changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...keys]);

  return state;
}
