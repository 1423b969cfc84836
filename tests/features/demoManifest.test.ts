// Reading the demo manifest defensively, and ordering photos of one view across sessions.
import { describe, expect, it } from 'vitest';
import type { PhotoId, SessionId } from '../../src/domain/ids';
import type { Photo } from '../../src/domain/photo';
import { parseDemoManifest } from '../../src/features/demo/demoManifest';
import { sameViewSequence } from '../../src/features/viewer/sameViewSequence';

describe('parseDemoManifest', () => {
  it('reads patient, course and sessions, dropping photos with an unknown view', () => {
    const m = parseDemoManifest({
      patient: { code: 'DEMO-7', sex: 'female', birthYear: 1980, hairLossType: 'female-pattern' },
      course: { title: 'Demo', plannedSessions: 8 },
      sessions: [
        { number: 2, dayOffset: 7, photos: [{ view: 'vertex', file: 's2.jpg' }] },
        {
          number: 1,
          dayOffset: 0,
          photos: [
            { view: 'vertex', file: 's1.jpg', trueCoveragePct: 61 },
            { view: 'nape', file: 'x.jpg' },
          ],
        },
      ],
    });
    expect(m.patient).toEqual({
      code: 'DEMO-7',
      sex: 'female',
      birthYear: 1980,
      hairLossType: 'female-pattern',
    });
    expect(m.sessions.map((s) => s.number)).toEqual([1, 2]);
    expect(m.sessions[0]?.photos).toEqual([{ view: 'vertex', file: 's1.jpg' }]);
  });

  it("keeps a close-up's field of view when it is plausible", () => {
    const m = parseDemoManifest({
      sessions: [
        {
          photos: [
            { view: 'trichoscopy', file: 't1.jpg', fieldOfViewMm: 3.2 },
            { view: 'trichoscopy', file: 't2.jpg', fieldOfViewMm: 9000 },
            { view: 'trichoscopy', file: 't3.jpg', fieldOfViewMm: 'wide' },
          ],
        },
      ],
    });
    expect(m.sessions[0]?.photos).toEqual([
      { view: 'trichoscopy', file: 't1.jpg', fieldOfViewMm: 3.2 },
      { view: 'trichoscopy', file: 't2.jpg' },
      { view: 'trichoscopy', file: 't3.jpg' },
    ]);
  });

  it('fills defaults for a sparse manifest and rejects a broken one', () => {
    const m = parseDemoManifest({ sessions: [{ photos: [] }] });
    expect(m.patient.code).toBe('DEMO-001');
    expect(m.course.plannedSessions).toBe(1);
    expect(m.sessions[0]).toEqual({ number: 1, dayOffset: 0, photos: [] });
    expect(() => parseDemoManifest({})).toThrow();
  });
});

describe('sameViewSequence', () => {
  const photo = (id: string, sessionId: string, view: Photo['view'], capturedAt: string) =>
    ({ id: id as PhotoId, sessionId: sessionId as SessionId, view, capturedAt }) as Photo;

  it('orders one view by session number, then capture time, ignoring other courses', () => {
    const numbers = new Map([
      ['s1' as SessionId, 1],
      ['s2' as SessionId, 2],
    ]);
    const seq = sameViewSequence(
      [
        photo('c', 's2', 'vertex', '2026-03-09T10:00:00Z'),
        photo('b', 's1', 'vertex', '2026-03-02T10:05:00Z'),
        photo('a', 's1', 'vertex', '2026-03-02T10:00:00Z'),
        photo('x', 's1', 'frontal', '2026-03-02T10:00:00Z'),
        photo('y', 'other-course', 'vertex', '2026-01-01T10:00:00Z'),
      ],
      'vertex',
      numbers,
    );
    expect(seq.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});
