import { describe, expect, it } from 'vitest';
import { blobRef } from './blobRef';
import { omit } from './omit';
import type { PatientId, SessionId } from '../../src/domain/ids';
import {
  PHOTO_VIEWS,
  newPhoto,
  normalisePhoto,
  photoBlobIds,
  validatePhoto,
  viewIsWholeHead,
} from '../../src/domain/photo';

function photo() {
  return newPhoto({
    patientId: 'p1' as PatientId,
    sessionId: 's1' as SessionId,
    view: 'vertex',
    capturedAt: '2026-03-01T10:00:00.000Z',
    capturedAtSource: 'exif',
    widthPx: 4000,
    heightPx: 3000,
    sha256: 'ab'.repeat(32),
    fileName: 'a.jpg',
    original: blobRef('o'),
    working: blobRef('w'),
    thumb: blobRef('t'),
  });
}

describe('photo', () => {
  it('newPhoto is valid and lists its blob ids', () => {
    const p = photo();
    expect(validatePhoto(p).ok).toBe(true);
    expect(photoBlobIds(p)).toEqual(['o', 'w', 't']);
  });

  it('validatePhoto checks sha256, view, timestamps and blob refs', () => {
    const r = validatePhoto({
      ...photo(),
      sha256: 'XYZ',
      view: 'side',
      capturedAt: '2026-03-01',
      thumb: { ...blobRef('t'), byteLength: -1 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        expect.stringContaining('Photo.view must be one of frontal'),
        'Photo.capturedAt must be an ISO date-time',
        'Photo.sha256 must be 64 lowercase hex digits',
        'Photo.thumb.byteLength must be at least 0',
      ]);
    }
  });

  it('normalisePhoto lowercases sha256 and repairs enums but never invents blobs', () => {
    const r = normalisePhoto({ ...photo(), sha256: 'AB'.repeat(32), capturedAtSource: '?' });
    expect(r.ok && r.value.sha256).toBe('ab'.repeat(32));
    expect(r.ok && r.value.capturedAtSource).toBe('import');
    const bad = normalisePhoto(omit(photo(), 'thumb'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toContain('Photo.thumb is missing');
  });
});

describe('whole-head views', () => {
  it('are the frontal, temple and occipital views, not top-down or close-up ones', () => {
    expect(PHOTO_VIEWS.filter(viewIsWholeHead)).toEqual([
      'frontal',
      'temple-left',
      'temple-right',
      'occipital',
    ]);
  });
});
