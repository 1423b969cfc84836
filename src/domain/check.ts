// Small hand-written validation kit shared by the record validators: a Checker collects
// readable problems ("Patient.code must be a non-empty string") field by field, and a few
// repair helpers let normalisers fix what can be fixed when data is read back.
import { isIsoDate, isIsoTimestamp } from './dates';
import { fail, ok, type Result } from './result';

export type Obj = Record<string, unknown>;

export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

interface Optional {
  optional?: boolean;
}

export class Checker {
  readonly errors: string[] = [];

  constructor(
    readonly obj: Obj,
    readonly where: string,
  ) {}

  private skip(key: string, opt: Optional): boolean {
    const v = this.obj[key];
    if (v !== undefined) return false;
    if (!opt.optional) this.add(key, 'is required');
    return true;
  }

  add(key: string, problem: string): void {
    this.errors.push(`${this.where}.${key} ${problem}`);
  }

  string(key: string, opt: Optional & { nonEmpty?: boolean } = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (typeof v !== 'string') this.add(key, 'must be text');
    else if (opt.nonEmpty && v.trim() === '') this.add(key, 'must not be empty');
  }

  number(
    key: string,
    opt: Optional & { integer?: boolean; min?: number; max?: number } = {},
  ): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.add(key, 'must be a number');
    if (opt.integer && !Number.isInteger(v)) this.add(key, 'must be a whole number');
    if (opt.min !== undefined && v < opt.min) this.add(key, `must be at least ${opt.min}`);
    if (opt.max !== undefined && v > opt.max) this.add(key, `must be at most ${opt.max}`);
  }

  boolean(key: string, opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    if (typeof this.obj[key] !== 'boolean') this.add(key, 'must be true or false');
  }

  oneOf(key: string, values: readonly string[], opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (typeof v !== 'string' || !values.includes(v)) {
      this.add(key, `must be one of ${values.join(', ')}`);
    }
  }

  isoDate(key: string, opt: Optional & { nullable?: boolean } = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (v === null && opt.nullable) return;
    if (!isIsoDate(v)) this.add(key, 'must be a date written YYYY-MM-DD');
  }

  isoTimestamp(key: string, opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    if (!isIsoTimestamp(this.obj[key])) this.add(key, 'must be an ISO date-time');
  }

  stringArray(key: string, opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
      this.add(key, 'must be a list of texts');
    }
  }

  /** A nested object checked by `check`, which gets a Checker scoped to "Where.key". */
  object(key: string, check: (c: Checker) => void, opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (!isObject(v)) return this.add(key, 'must be an object');
    const inner = new Checker(v, `${this.where}.${key}`);
    check(inner);
    this.errors.push(...inner.errors);
  }

  /** A list of objects, each checked by `check` with a Checker scoped to "Where.key[i]". */
  objectArray(key: string, check: (c: Checker) => void, opt: Optional = {}): void {
    if (this.skip(key, opt)) return;
    const v = this.obj[key];
    if (!Array.isArray(v)) return this.add(key, 'must be a list');
    v.forEach((item, i) => {
      if (!isObject(item)) return this.add(`${key}[${i}]`, 'must be an object');
      const inner = new Checker(item, `${this.where}.${key}[${i}]`);
      check(inner);
      this.errors.push(...inner.errors);
    });
  }

  /** The RecordMeta fields every stored record carries. */
  meta(): void {
    this.isoTimestamp('createdAt');
    this.isoTimestamp('updatedAt');
    this.number('rev', { integer: true, min: 0 });
    this.number('schemaVersion', { integer: true, min: 1 });
  }

  /** The checked object as T when no problem was found. */
  result<T>(): Result<T> {
    // The caller has checked every field of T above, so the cast is the point of this class.
    return this.errors.length === 0 ? ok(this.obj as unknown as T) : fail(...this.errors);
  }
}

/** Runs `check` on `x` when it is an object; otherwise fails with "<where> must be an object". */
export function checkRecord<T>(x: unknown, where: string, check: (c: Checker) => void): Result<T> {
  if (!isObject(x)) return fail(`${where} must be an object`);
  const c = new Checker(x, where);
  check(c);
  return c.result<T>();
}

// ---- repair helpers for normalisers (read side) ----

/** `x` if it is one of `values`, else `fallback` (unknown enum values become e.g. 'other'). */
export function enumOr<T extends string>(x: unknown, values: readonly T[], fallback: T): T {
  return typeof x === 'string' && (values as readonly string[]).includes(x) ? (x as T) : fallback;
}

/** `x` if it is an array, else []. Non-string items are dropped. */
export function stringsOr(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

/** `x` if it is an array, else []. */
export function arrayOr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** `x` if it is text, else `fallback`. */
export function textOr(x: unknown, fallback: string): string {
  return typeof x === 'string' ? x : fallback;
}
