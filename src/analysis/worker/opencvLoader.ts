// Loads opencv.js once, on first use: it is ~13 MB of inlined wasm, so the worker only pulls it
// in when the classical method is actually needed.
import type { Cv } from './classical';

let loading: Promise<Cv> | null = null;

export function loadCv(): Promise<Cv> {
  loading ??= import('@opencvjs/web').then((module) => module.loadOpenCV());
  // A failed load must not poison later attempts.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
