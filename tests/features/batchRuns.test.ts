// Batch analysis runs outside React: a run keeps going with no subscriber (the page was left),
// failures are counted and skipped, a failed save stops the run, cancel stops it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Photo } from '../../src/domain/photo';

const analyze = vi.fn();
const saveAnalysis = vi.fn();
const getBlob = vi.fn();

vi.mock('../../src/analysis/client/analysisClient', () => ({
  getAnalysisClient: () => ({ analyze }),
  isAbortError: (e: unknown) => e instanceof Error && e.name === 'AbortError',
}));
vi.mock('../../src/app/data', () => ({ getBlob: (id: string) => getBlob(id) }));
vi.mock('../../src/features/analysis/saveAnalysis', () => ({
  saveAnalysis: (...args: unknown[]) => saveAnalysis(...args),
}));

const { batchState, cancelBatch, startBatch, subscribeBatch } =
  await import('../../src/features/progress/batchRuns');

function photo(n: number): Photo {
  return { id: `p${n}`, fileName: `p${n}.jpg`, working: { blobId: `w${n}` } } as unknown as Photo;
}

beforeEach(() => {
  analyze.mockReset().mockResolvedValue({ ok: true });
  saveAnalysis.mockReset().mockResolvedValue(undefined);
  getBlob.mockReset().mockResolvedValue(new Blob(['x']));
});

describe('batch runs', () => {
  it('analyses every photo with nobody listening, and tells a late subscriber where it is', async () => {
    const unsubscribe = subscribeBatch('c1', () => {});
    unsubscribe(); // the page was left at once
    await startBatch('c1', [photo(1), photo(2), photo(3)]);
    expect(saveAnalysis).toHaveBeenCalledTimes(3);
    expect(batchState('c1')).toEqual({
      running: false,
      done: 3,
      total: 3,
      failed: 0,
      problem: null,
    });
    expect(batchState('other-course').total).toBe(0);
  });

  it('counts a photo that fails and goes on; names the first failure', async () => {
    getBlob.mockResolvedValueOnce(undefined);
    analyze.mockRejectedValueOnce(new Error('decode failed'));
    await startBatch('c2', [photo(1), photo(2), photo(3)]);
    expect(saveAnalysis).toHaveBeenCalledTimes(1);
    expect(batchState('c2')).toMatchObject({ done: 3, failed: 2, running: false });
    expect(batchState('c2').problem).toBe('p1.jpg: the working copy of p1.jpg is missing');
  });

  it('stops at a reading that cannot be saved (full disk)', async () => {
    saveAnalysis.mockRejectedValueOnce(new Error('The device storage is full'));
    await startBatch('c3', [photo(1), photo(2)]);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(batchState('c3')).toMatchObject({ running: false, done: 0 });
    expect(batchState('c3').problem).toMatch(/^Stopped: a reading could not be saved/);
  });

  it('cancel stops the run between photos and notifies subscribers', async () => {
    let release: () => void = () => {};
    analyze.mockImplementationOnce(
      () => new Promise((resolve) => (release = () => resolve({ ok: true }))),
    );
    const seen: boolean[] = [];
    subscribeBatch('c4', () => seen.push(batchState('c4').running));
    const run = startBatch('c4', [photo(1), photo(2), photo(3)]);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    cancelBatch('c4');
    release();
    await run;
    expect(batchState('c4').running).toBe(false);
    expect(analyze).toHaveBeenCalledTimes(1);
    // The reading in flight when cancelled is dropped, not saved.
    expect(saveAnalysis).not.toHaveBeenCalled();
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
  });

  it('a new run replaces the old one without the old loop touching its counts', async () => {
    let release: () => void = () => {};
    analyze.mockImplementationOnce(
      () => new Promise((resolve) => (release = () => resolve({ ok: true }))),
    );
    const first = startBatch('c5', [photo(1), photo(2)]);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(1));
    const second = startBatch('c5', [photo(3)]);
    release();
    await Promise.all([first, second]);
    expect(batchState('c5')).toMatchObject({ running: false, done: 1, total: 1 });
    expect(saveAnalysis).toHaveBeenCalledTimes(1);
    expect(saveAnalysis).toHaveBeenCalledWith('p3', { ok: true });
  });
});
