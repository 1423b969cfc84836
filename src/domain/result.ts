// The Result type every validator returns: a value, or a list of human-readable problems.
// Validators never throw, so callers (storage on write, backup import) decide how loud to be.

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(...errors: string[]): Result<T> {
  return { ok: false, errors };
}
