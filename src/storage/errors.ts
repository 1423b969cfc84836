// The one error type the storage layer throws. Browser errors (QuotaExceededError, aborted
// transactions, a blocked or missing IndexedDB) are mapped to a `kind` the UI can branch on and
// a `message` written for the user; the original error stays in `cause` for diagnostics.

export type StorageErrorKind =
  'quota' | 'aborted' | 'not-found' | 'invalid' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** Field-level problems for kind 'invalid' (e.g. "Patient.code must not be empty"). */
  readonly details: string[];

  constructor(
    kind: StorageErrorKind,
    message: string,
    options: { cause?: unknown; details?: string[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.details = options.details ?? [];
  }
}

function errorName(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string') {
    return e.name;
  }
  return undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** User-facing message for each kind; `what` names the thing being saved ("photo"). */
export function messageFor(kind: StorageErrorKind, what = 'data', detail = ''): string {
  switch (kind) {
    case 'quota':
      return `The device storage is full: the ${what} was not saved. Free space or export a backup, then try again.`;
    case 'aborted':
      return `Saving was interrupted, so the ${what} was not saved. Nothing was changed; please try again.`;
    case 'not-found':
      return `The ${what} was not found. It may have been deleted.`;
    case 'invalid':
      return `The ${what} was not saved because some of its data is invalid${detail ? `: ${detail}` : '.'}`;
    case 'unavailable':
      return `This browser does not let Trichotrack store data (private window, storage turned off, or another tab running a newer version). Close other Trichotrack tabs and reload${detail ? ` (${detail})` : ''}.`;
    case 'unknown':
      return `Storage failed unexpectedly, so the ${what} may not have been saved${detail ? `: ${detail}` : '.'}`;
  }
}

/** Maps any thrown value to a StorageError (a StorageError passes through unchanged). */
export function toStorageError(e: unknown, what = 'data', txError?: unknown): StorageError {
  if (e instanceof StorageError) return e;
  let name = errorName(e);
  // An aborted transaction carries the real reason (often QuotaExceededError) on tx.error.
  if (name === 'AbortError' && errorName(txError) === 'QuotaExceededError') {
    name = 'QuotaExceededError';
  }
  const kind: StorageErrorKind = (() => {
    switch (name) {
      case 'QuotaExceededError':
        return 'quota';
      case 'AbortError':
      case 'TransactionInactiveError':
        return 'aborted';
      case 'DataError':
      case 'DataCloneError':
      case 'ConstraintError':
        return 'invalid';
      case 'InvalidStateError':
      case 'VersionError':
      case 'SecurityError':
      case 'UnknownError':
        return 'unavailable';
      default:
        return 'unknown';
    }
  })();
  return new StorageError(kind, messageFor(kind, what, errorText(e)), { cause: e });
}
