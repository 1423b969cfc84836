// The worker's first pass runs in Node too (Blob, Web Crypto and exifr all exist there), so
// the real fixture files are checked end to end up to, not including, pixel decoding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/import/worker/inspect';

const blobOf = (name: string) =>
  new Blob([readFileSync(join(import.meta.dirname, '../fixtures/import', name))]);

describe('inspectFile', () => {
  it('reports the upright size of an orientation-6 JPEG and its orientation', async () => {
    const out = await inspectFile(blobOf('orientation-6.jpg'));
    expect(out).toMatchObject({
      ok: true,
      file: {
        format: 'jpeg',
        mimeType: 'image/jpeg',
        orientation: 6,
        size: { widthPx: 240, heightPx: 320 },
      },
    });
  });

  it('reads DateTimeOriginal', async () => {
    const out = await inspectFile(blobOf('exif-date.jpg'));
    expect(out.ok && out.file.capturedAtExif).toBe(new Date(2025, 2, 14, 9, 26, 53).toISOString());
  });

  it('hashes the original bytes', async () => {
    const out = await inspectFile(blobOf('plain.png'));
    expect(out.ok && out.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await inspectFile(blobOf('plain.png'));
    expect(again.ok && out.ok && again.file.sha256 === out.file.sha256).toBe(true);
  });

  it('leaves HEIC size to libheif', async () => {
    const out = await inspectFile(blobOf('photo.heic'));
    expect(out).toMatchObject({ ok: true, file: { format: 'heic', mimeType: 'image/heic' } });
    expect(out.ok && out.file.size).toBeUndefined();
  });

  it.each([
    ['empty.jpg', 'empty'],
    ['not-an-image.jpg', 'not-image'],
    ['truncated.jpg', 'damaged'],
  ])('rejects %s as %s', async (name, kind) => {
    expect(await inspectFile(blobOf(name))).toEqual({ ok: false, problem: { kind } });
  });
});
