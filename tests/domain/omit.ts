// Test helper: a copy of `obj` without `keys`, typed loosely on purpose (tests feed it to
// normalisers that take unknown input).
export function omit(obj: object, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...obj };
  for (const k of keys) delete copy[k];
  return copy;
}
