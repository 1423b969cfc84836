import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffImageFormat } from '../../src/lib/imageFormat';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/import', name)));
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const body = ascii(`ftyp${major}\0\0\0\0${compatible.join('')}`);
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set(body, 4);
  return out;
}

describe('sniffImageFormat', () => {
  it.each([
    ['plain.jpg', 'jpeg'],
    ['orientation-6.jpg', 'jpeg'],
    ['truncated.jpg', 'jpeg'],
    ['plain.png', 'png'],
    ['plain.webp', 'webp'],
    ['photo.heic', 'heic'],
    ['photo.bmp', 'bmp'],
  ])('recognises %s as %s from its bytes', (name, format) => {
    expect(sniffImageFormat(fixture(name))).toEqual({ kind: 'supported', format });
  });

  it('does not trust the .jpg extension of a text file or an empty file', () => {
    expect(sniffImageFormat(fixture('not-an-image.jpg'))).toEqual({ kind: 'unknown' });
    expect(sniffImageFormat(fixture('empty.jpg'))).toEqual({ kind: 'unknown' });
  });

  it('tells HEIC from AVIF by the ftyp brands', () => {
    expect(sniffImageFormat(ftyp('heic', 'mif1', 'heic'))).toEqual({
      kind: 'supported',
      format: 'heic',
    });
    expect(sniffImageFormat(ftyp('mif1', 'mif1', 'heic'))).toEqual({
      kind: 'supported',
      format: 'heic',
    });
    expect(sniffImageFormat(ftyp('avif', 'mif1', 'avif'))).toEqual({
      kind: 'other-image',
      format: 'avif',
    });
    expect(sniffImageFormat(ftyp('isom', 'isom', 'mp41'))).toEqual({ kind: 'unknown' });
  });

  it('names other image formats it will not import', () => {
    expect(sniffImageFormat(ascii('GIF89a\x01\x00\x01\x00'))).toEqual({
      kind: 'other-image',
      format: 'gif',
    });
    expect(sniffImageFormat(Uint8Array.of(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0))).toEqual({
      kind: 'other-image',
      format: 'tiff',
    });
  });
});
