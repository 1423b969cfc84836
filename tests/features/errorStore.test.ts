// The global error list behind the banner: storage failures show their own sentence, repeats
// of the same failure show once, and dismissing removes one.
import { describe, expect, it } from 'vitest';
import {
  currentErrors,
  dismissError,
  errorMessage,
  reportError,
  subscribeErrors,
} from '../../src/app/errorStore';
import { StorageError } from '../../src/storage/errors';

describe('errorStore', () => {
  it('shows a StorageError by its user-facing message, once, until dismissed', () => {
    const quota = new StorageError('quota', 'The device storage is full: the photo was not saved.');
    let calls = 0;
    const unsubscribe = subscribeErrors(() => calls++);
    const silence = console.error;
    console.error = () => undefined; // reportError logs the original for support
    try {
      reportError(quota);
      reportError(quota);
    } finally {
      console.error = silence;
    }
    expect(currentErrors().map((e) => e.message)).toEqual([quota.message]);
    expect(calls).toBe(1);
    dismissError(currentErrors()[0]!.id);
    expect(currentErrors()).toEqual([]);
    unsubscribe();
  });

  it('has a fallback sentence for values without a message', () => {
    expect(errorMessage(undefined)).toMatch(/may not have been saved/);
    expect(errorMessage('Disk gone')).toBe('Disk gone');
  });
});
