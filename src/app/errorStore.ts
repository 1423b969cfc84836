// The global error list behind the error banner. Anything that fails to save or load reports
// here, so the user always learns about a lost write (STYLE rule 3: fail loud on write).

export interface AppError {
  id: number;
  message: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let errors: readonly AppError[] = [];
let nextId = 1;

/** A user-facing sentence for any thrown value. StorageError already carries one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Your last change may not have been saved.';
}

export function reportError(error: unknown): void {
  const message = errorMessage(error);
  // The same failure often reaches us twice (the caller and the unhandled-rejection hook).
  if (errors.some((e) => e.message === message)) return;
  errors = [...errors, { id: nextId++, message }];
  // Keep the original in the console for support; the banner shows the sentence.
  console.error(error);
  for (const listener of listeners) listener();
}

export function dismissError(id: number): void {
  errors = errors.filter((e) => e.id !== id);
  for (const listener of listeners) listener();
}

export function subscribeErrors(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentErrors(): readonly AppError[] {
  return errors;
}
