// Change notifications: after a write transaction commits, listeners hear which stores and
// ids changed, so screens can refresh (e.g. with useSyncExternalStore) without polling.
import type { StoreName } from './schema';

export interface StorageChange {
  store: StoreName;
  ids: string[];
  type: 'put' | 'delete';
}

type Listener = (changes: StorageChange[]) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after each committed write; returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitChanges(changes: StorageChange[]): void {
  if (changes.length === 0) return;
  for (const l of listeners) {
    try {
      l(changes);
    } catch (e) {
      // A failing listener must not make a committed write look failed.
      console.error('Storage change listener failed', e);
    }
  }
}
