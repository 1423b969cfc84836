// A tiny "data changed" signal. Screens re-read their records when it fires, so a write on one
// screen (an import, the demo patient) shows up everywhere without a global store.

type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;

export function notifyDataChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function subscribeDataChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dataVersion(): number {
  return version;
}
