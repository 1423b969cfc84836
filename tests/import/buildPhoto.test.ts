import { describe, expect, it } from 'vitest';
import type { PatientId, SessionId } from '../../src/domain/ids';
import { validatePhoto } from '../../src/domain/photo';
import { buildPhoto, capturedAtOf } from '../../src/import/buildPhoto';
import { randomPhotoIds } from '../../src/import/runImport';

const now = new Date('2026-05-01T10:00:00.000Z');

describe('capturedAtOf', () => {
  it('prefers EXIF, then the file date, then the import time', () => {
    expect(
      capturedAtOf(
        { capturedAtExif: '2025-03-14T09:26:53.000Z' },
        { name: 'a', lastModified: 5 },
        now,
      ),
    ).toEqual({
      capturedAt: '2025-03-14T09:26:53.000Z',
      capturedAtSource: 'exif',
    });
    expect(capturedAtOf({}, { name: 'a', lastModified: Date.UTC(2026, 0, 2) }, now)).toEqual({
      capturedAt: '2026-01-02T00:00:00.000Z',
      capturedAtSource: 'file',
    });
    expect(capturedAtOf({}, { name: 'a', lastModified: 0 }, now)).toEqual({
      capturedAt: now.toISOString(),
      capturedAtSource: 'import',
    });
  });
});

describe('buildPhoto', () => {
  it('builds a record the domain validator accepts', () => {
    const photo = buildPhoto({
      file: { name: 'IMG_1.jpg', lastModified: Date.UTC(2026, 0, 2) },
      target: { patientId: 'p' as PatientId, sessionId: 's' as SessionId },
      view: 'vertex',
      inspected: {
        format: 'jpeg',
        mimeType: 'image/jpeg',
        byteLength: 1234,
        sha256: 'a'.repeat(64),
      },
      derived: {
        size: { widthPx: 3024, heightPx: 4032 },
        working: { blob: new Blob(['w']), widthPx: 1536, heightPx: 2048 },
        thumb: { blob: new Blob(['tt']), widthPx: 240, heightPx: 320 },
      },
      ids: randomPhotoIds(),
      now,
    });
    expect(validatePhoto(photo)).toMatchObject({ ok: true });
    expect(photo.original).toMatchObject({
      mimeType: 'image/jpeg',
      byteLength: 1234,
      widthPx: 3024,
    });
    expect(photo.working).toMatchObject({ mimeType: 'image/jpeg', byteLength: 1, widthPx: 1536 });
    expect(photo.thumb.byteLength).toBe(2);
  });
});
