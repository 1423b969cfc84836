import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/lib/imageHeader';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import', name)));

describe('readImageHeader', () => {
  it('reads a BMP size and sees a BMP cut short inside its pixel rows', () => {
    expect(readImageHeader('bmp', fixture('photo.bmp'))).toEqual({
      ok: true,
      size: { widthPx: 240, heightPx: 320 },
      complete: true,
    });
    expect(readImageHeader('bmp', fixture('truncated.bmp'))).toMatchObject({
      ok: true,
      complete: false,
    });
    // A top-down BMP stores a negative height.
    const topDown = fixture('photo.bmp').slice();
    new DataView(topDown.buffer).setInt32(22, -320, true);
    expect(readImageHeader('bmp', topDown)).toMatchObject({
      size: { widthPx: 240, heightPx: 320 },
    });
    expect(readImageHeader('bmp', fixture('photo.bmp').subarray(0, 20))).toEqual({ ok: false });
  });

  it('reads stored (not upright) JPEG size and sees the end marker', () => {
    expect(readImageHeader('jpeg', fixture('plain.jpg'))).toEqual({
      ok: true,
      size: { widthPx: 240, heightPx: 320 },
      complete: true,
    });
    // Orientation 6: the sensor image is landscape; turning it upright is the decoder's job.
    expect(readImageHeader('jpeg', fixture('orientation-6.jpg'))).toMatchObject({
      ok: true,
      size: { widthPx: 320, heightPx: 240 },
      complete: true,
    });
  });

  it('flags a JPEG cut off inside its scan data as incomplete', () => {
    expect(readImageHeader('jpeg', fixture('truncated.jpg'))).toMatchObject({
      ok: true,
      complete: false,
    });
  });

  it('accepts data appended after the JPEG end marker (phone trailers)', () => {
    const jpeg = fixture('plain.jpg');
    const withTrailer = new Uint8Array(jpeg.length + 1000);
    withTrailer.set(jpeg);
    withTrailer.fill(0xab, jpeg.length);
    expect(readImageHeader('jpeg', withTrailer)).toMatchObject({ ok: true, complete: true });
  });

  it('reads progressive JPEGs with several scans', async () => {
    const bytes = await sharp({
      create: {
        width: 300,
        height: 200,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ progressive: true })
      .toBuffer();
    expect(readImageHeader('jpeg', new Uint8Array(bytes))).toEqual({
      ok: true,
      size: { widthPx: 300, heightPx: 200 },
      complete: true,
    });
    expect(
      readImageHeader('jpeg', new Uint8Array(bytes.subarray(0, bytes.length - 100))),
    ).toMatchObject({
      complete: false,
    });
  });

  it('rejects a header that is not a JPEG at all', () => {
    expect(readImageHeader('jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 1))).toEqual({
      ok: false,
    });
  });

  it('reads PNG size and requires IEND', () => {
    const png = fixture('plain.png');
    expect(readImageHeader('png', png)).toEqual({
      ok: true,
      size: { widthPx: 240, heightPx: 320 },
      complete: true,
    });
    expect(readImageHeader('png', png.subarray(0, png.length - 20))).toMatchObject({
      complete: false,
    });
  });

  it('reads lossy, lossless and extended WebP sizes', async () => {
    expect(readImageHeader('webp', fixture('plain.webp'))).toEqual({
      ok: true,
      size: { widthPx: 240, heightPx: 320 },
      complete: true,
    });
    const lossless = await sharp(fixture('plain.png')).webp({ lossless: true }).toBuffer();
    expect(readImageHeader('webp', new Uint8Array(lossless))).toMatchObject({
      size: { widthPx: 240, heightPx: 320 },
    });
    const withAlpha = await sharp(fixture('plain.png')).ensureAlpha(0.5).webp().toBuffer();
    expect(readImageHeader('webp', new Uint8Array(withAlpha))).toMatchObject({
      size: { widthPx: 240, heightPx: 320 },
    });
    const webp = fixture('plain.webp');
    expect(readImageHeader('webp', webp.subarray(0, webp.length - 10))).toMatchObject({
      complete: false,
    });
  });
});
