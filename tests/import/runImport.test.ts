// The batch loop with a fake worker and an in-memory store: duplicates, failures that do not
// stop the batch, a full disk that does, and cancelling.
import { describe, expect, it } from 'vitest';
import type { PatientId, PhotoId, SessionId } from '../../src/domain/ids';
import type { Photo } from '../../src/domain/photo';
import type { DeriveOutcome, InspectOutcome } from '../../src/import/protocol';
import { randomPhotoIds, runImport, type ImportDeps } from '../../src/import/runImport';
import { StoreFullError, type ImportStore } from '../../src/import/store';
import type { ImportProgress } from '../../src/import/types';

const P1 = 'patient-1' as PatientId;
const P2 = 'patient-2' as PatientId;
const target = { patientId: P1, sessionId: 'session-1' as SessionId, view: 'vertex' as const };

const file = (name: string, content = name) =>
  new File([content], name, { lastModified: Date.UTC(2026, 0, 1) });

/** Fake worker: the file's text decides what happens ("bad" → damaged, else hash = text). */
function fakeWorker(): Pick<ImportDeps, 'inspect' | 'derive'> {
  return {
    async inspect(f): Promise<InspectOutcome> {
      const text = await f.text();
      if (text === 'bad') return { ok: false, problem: { kind: 'damaged' } };
      return {
        ok: true,
        file: {
          format: 'jpeg',
          mimeType: 'image/jpeg',
          byteLength: f.size,
          sha256: text.padEnd(64, '0'),
        },
      };
    },
    async derive(_f, _i, onStage): Promise<DeriveOutcome> {
      onStage('decoding');
      onStage('encoding');
      return {
        ok: true,
        images: {
          size: { widthPx: 4032, heightPx: 3024 },
          working: { blob: new Blob(['w']), widthPx: 2048, heightPx: 1536 },
          thumb: { blob: new Blob(['t']), widthPx: 320, heightPx: 240 },
        },
      };
    },
  };
}

class MemoryStore implements ImportStore {
  photos: Photo[] = [];
  failWith?: Error;
  async findBySha256(patientId: PatientId, sha256: string) {
    return this.photos.find((p) => p.patientId === patientId && p.sha256 === sha256);
  }
  async addPhotoWithBlobs(photo: Photo) {
    if (this.failWith) throw this.failWith;
    this.photos.push(photo);
  }
}

function deps(store: ImportStore, overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    ...fakeWorker(),
    store,
    newIds: randomPhotoIds,
    now: () => new Date('2026-05-01T00:00:00Z'),
    ...overrides,
  };
}

describe('runImport', () => {
  it('stores good files, reports bad ones by name, and carries on', async () => {
    const store = new MemoryStore();
    const report = await runImport(
      [file('a.jpg'), file('broken.jpg', 'bad'), file('b.jpg')],
      target,
      deps(store),
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['stored', 'failed', 'stored']);
    expect(report.outcomes[1]).toMatchObject({
      message: 'broken.jpg could not be read: the file is damaged or incomplete.',
    });
    expect(report).toMatchObject({ storedCount: 2, failedCount: 1, duplicateCount: 0 });
    expect(store.photos.map((p) => [p.fileName, p.view, p.patientId])).toEqual([
      ['a.jpg', 'vertex', P1],
      ['b.jpg', 'vertex', P1],
    ]);
  });

  it('skips photos already stored for the same patient, and repeats within a batch', async () => {
    const store = new MemoryStore();
    await runImport([file('a.jpg', 'same')], target, deps(store));
    const existing = store.photos[0]!.id;
    const report = await runImport(
      [file('copy-of-a.jpg', 'same'), file('c.jpg'), file('c2.jpg', 'c.jpg')],
      target,
      deps(store),
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['duplicate', 'stored', 'duplicate']);
    expect(report.outcomes[0]).toMatchObject({
      existingPhotoId: existing,
      message: 'copy-of-a.jpg was already imported for this patient, so it was skipped.',
    });
    expect(store.photos).toHaveLength(2);
  });

  it('does not treat the same picture in another patient as a duplicate', async () => {
    const store = new MemoryStore();
    await runImport([file('a.jpg', 'same')], target, deps(store));
    const report = await runImport(
      [file('a.jpg', 'same')],
      { ...target, patientId: P2 },
      deps(store),
    );
    expect(report.storedCount).toBe(1);
  });

  it('stops the batch when storage is full, naming the file that was not saved', async () => {
    const store = new MemoryStore();
    store.failWith = new StoreFullError('quota');
    const report = await runImport([file('a.jpg'), file('b.jpg')], target, deps(store));
    expect(report.stoppedBy).toBe('storage-full');
    expect(report.outcomes).toMatchObject([
      {
        status: 'failed',
        message: expect.stringMatching(/^a\.jpg was not saved: the device storage is full/),
      },
      { status: 'not-attempted', fileName: 'b.jpg' },
    ]);
    expect(store.photos).toHaveLength(0);
  });

  it('keeps going after other storage errors', async () => {
    const store = new MemoryStore();
    store.failWith = new Error('Saving was interrupted.');
    const report = await runImport([file('a.jpg'), file('b.jpg')], target, deps(store));
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'failed']);
    expect(report.outcomes[0]).toMatchObject({
      message: 'a.jpg was not saved: Saving was interrupted.',
    });
  });

  it('turns a worker crash into a failure for that file only', async () => {
    const store = new MemoryStore();
    const worker = fakeWorker();
    const report = await runImport(
      [file('a.jpg'), file('b.jpg')],
      target,
      deps(store, {
        derive: async (f, i, s) =>
          f.name === 'a.jpg' ? Promise.reject(new Error('worker died')) : worker.derive(f, i, s),
      }),
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'stored']);
    expect(report.outcomes[0]).toMatchObject({ message: expect.stringContaining('a.jpg') });
  });

  it('cancels: the file in flight and the rest are not attempted', async () => {
    const store = new MemoryStore();
    const abort = new AbortController();
    const worker = fakeWorker();
    const report = await runImport(
      [file('a.jpg'), file('b.jpg'), file('c.jpg')],
      target,
      deps(store, {
        derive: async (f, i, s, signal) => {
          if (f.name === 'b.jpg') {
            abort.abort();
            throw signal?.reason;
          }
          return worker.derive(f, i, s);
        },
      }),
      { signal: abort.signal },
    );
    expect(report.stoppedBy).toBe('cancelled');
    expect(report.outcomes.map((o) => o.status)).toEqual([
      'stored',
      'not-attempted',
      'not-attempted',
    ]);
    expect(store.photos).toHaveLength(1);
  });

  it('uses the file name for view "auto"', async () => {
    const store = new MemoryStore();
    await runImport(
      [file('x_crown.jpg'), file('IMG_1.jpg')],
      { ...target, view: 'auto' },
      deps(store),
    );
    expect(store.photos.map((p) => p.view)).toEqual(['vertex', 'frontal']);
  });

  it('reports monotonic progress ending at 1', async () => {
    const seen: ImportProgress[] = [];
    await runImport([file('a.jpg'), file('b.jpg')], target, deps(new MemoryStore()), {
      onProgress: (p) => seen.push(p),
    });
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ fraction: 1, finished: 2, total: 2 });
    expect(
      seen.some((p) => p.current?.stage === 'decoding' && p.current.fileName === 'b.jpg'),
    ).toBe(true);
  });

  it('returns ids of type PhotoId for stored photos', async () => {
    const report = await runImport([file('a.jpg')], target, deps(new MemoryStore()));
    const o = report.outcomes[0]!;
    expect(o.status === 'stored' && (o.photo.id as PhotoId)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
