import { describe, expect, it } from 'vitest';
import { omit } from './omit';
import type { BlobId, PatientId, SessionId } from '../../src/domain/ids';
import { newPhoto, normalisePhoto, photoBlobIds, validatePhoto } from '../../src/domain/photo';

const ref = (id: string) => ({
  blobId: id as BlobId,
  mimeType: 'image/jpeg',
  byteLength: 100,
  widthPx: 10,
  heightPx: 10,
});

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
    original: ref('o'),
    working: ref('w'),
    thumb: ref('t'),
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
      thumb: { ...ref('t'), byteLength: -1 },
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
