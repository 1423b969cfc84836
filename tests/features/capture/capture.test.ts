// Level maths for guided capture, and which earlier photo becomes the ghost.
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../../src/domain/ids';
import type { Photo } from '../../../src/domain/photo';
import { findGhostPhoto } from '../../../src/features/capture/findGhost';
import { levelReading, poseForView } from '../../../src/features/capture/level';

describe('levelReading', () => {
  it('measures against flat for top views and upright for the others', () => {
    expect(poseForView('vertex')).toBe('flat');
    expect(poseForView('frontal')).toBe('upright');
    expect(levelReading(1, -2, 'flat')).toEqual({ pitchDeg: 1, rollDeg: -2, ok: true });
    expect(levelReading(80, 0, 'upright')).toMatchObject({ pitchDeg: -10, ok: false });
    expect(levelReading(91, 2, 'upright').ok).toBe(true);
  });
});

describe('findGhostPhoto', () => {
  const photo = (id: string, view: Photo['view'], session: string, at: string) =>
    ({ id, view, sessionId: session, capturedAt: at }) as unknown as Photo;
  const photos = [
    photo('a', 'frontal', 's1', '2026-03-02T10:00:00Z'),
    photo('b', 'frontal', 's2', '2026-03-09T10:00:00Z'),
    photo('c', 'vertex', 's2', '2026-03-09T10:00:00Z'),
    photo('d', 'frontal', 's3', '2026-03-16T10:00:00Z'),
  ];

  it('prefers the latest photo of the same view from another session', () => {
    expect(findGhostPhoto(photos, 'frontal', 's3' as SessionId)?.id).toBe('b');
    expect(findGhostPhoto(photos, 'vertex', 's3' as SessionId)?.id).toBe('c');
  });

  it('falls back to this session, and to none', () => {
    expect(findGhostPhoto(photos, 'vertex', 's2' as SessionId)?.id).toBe('c');
    expect(findGhostPhoto(photos, 'occipital', 's2' as SessionId)).toBeUndefined();
  });
});
