// The Node decode and mask paths behind `npm run segment`: any format quirk a real photo folder
// holds must decode to upright 8-bit RGB at analysis scale, and the mask must come back at the
// original upright size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode as encodeBmp } from 'bmp-ts';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytesForAnalysis } from '../../scripts/node/decode';
import { writeHairMaskPng } from '../../scripts/node/mask';

const dir = mkdtempSync(join(tmpdir(), 'trichotrack-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stripes(widthPx: number, heightPx: number): Buffer {
  const data = Buffer.alloc(widthPx * heightPx * 3);
  for (let k = 0; k < widthPx * heightPx; k += 1)
    data.fill(k % widthPx < 2 ? 30 : 220, 3 * k, 3 * k + 3);
  return data;
}

const raw = (w: number, h: number) =>
  sharp(stripes(w, h), { raw: { width: w, height: h, channels: 3 } });

describe('decode for analysis', () => {
  it.each([
    [
      'EXIF-rotated JPEG',
      () => raw(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
      [200, 300],
    ],
    ['grayscale PNG', () => raw(300, 200).greyscale().png().toBuffer(), [300, 200]],
    ['PNG with alpha', () => raw(300, 200).ensureAlpha(0.5).png().toBuffer(), [300, 200]],
    ['16-bit PNG', () => raw(300, 200).toColourspace('rgb16').png().toBuffer(), [300, 200]],
    ['tiny PNG', () => raw(3, 2).png().toBuffer(), [3, 2]],
    ['WebP', () => raw(300, 200).webp().toBuffer(), [300, 200]],
  ] as const)('%s', async (_label, make, [w, h]) => {
    const decoded = await decodeBytesForAnalysis(new Uint8Array(await make()), 'x');
    expect([decoded.originalWidthPx, decoded.originalHeightPx]).toEqual([w, h]);
    expect(decoded.image.channels).toBe(3);
    expect(decoded.image.data.length).toBe(decoded.image.widthPx * decoded.image.heightPx * 3);
  });

  it('reads 24-bit BMP (dermoscopy collections ship them) with the pixels in place', async () => {
    const [w, h] = [30, 20];
    const rgb = stripes(w, h);
    // bmp-ts encodes from ABGR bytes.
    const abgr = Buffer.alloc(w * h * 4);
    for (let k = 0; k < w * h; k += 1) {
      abgr[4 * k] = 255;
      abgr[4 * k + 1] = rgb[3 * k + 2] ?? 0;
      abgr[4 * k + 2] = rgb[3 * k + 1] ?? 0;
      abgr[4 * k + 3] = rgb[3 * k] ?? 0;
    }
    const bmp = encodeBmp({ data: abgr, width: w, height: h, bitPP: 24 }).data;
    const decoded = await decodeBytesForAnalysis(new Uint8Array(bmp), 'scope.bmp');
    expect([decoded.originalWidthPx, decoded.originalHeightPx]).toEqual([w, h]);
    expect(Buffer.from(decoded.image.data)).toEqual(rgb);
  });

  it('downscales to analysis scale (long side 2048) and keeps the aspect', async () => {
    const decoded = await decodeBytesForAnalysis(
      new Uint8Array(await raw(3000, 1000).jpeg().toBuffer()),
      'x',
    );
    expect([decoded.image.widthPx, decoded.image.heightPx]).toEqual([2048, 683]);
    expect([decoded.originalWidthPx, decoded.originalHeightPx]).toEqual([3000, 1000]);
  });

  it('reads a cut-off JPEG but flags it; refuses a cut-off BMP with a clear message', async () => {
    const jpeg = await raw(300, 200).jpeg().toBuffer();
    const whole = await decodeBytesForAnalysis(new Uint8Array(jpeg), 'a.jpg');
    expect(whole.incomplete).toBe(false);
    const cut = await decodeBytesForAnalysis(
      new Uint8Array(jpeg.subarray(0, Math.floor(jpeg.length * 0.6))),
      'a.jpg',
    );
    expect(cut.incomplete).toBe(true);
    expect([cut.originalWidthPx, cut.originalHeightPx]).toEqual([300, 200]);

    const abgr = Buffer.alloc(30 * 20 * 4, 128);
    const bmp = encodeBmp({ data: abgr, width: 30, height: 20, bitPP: 24 }).data;
    expect((await decodeBytesForAnalysis(new Uint8Array(bmp), 'b.bmp')).incomplete).toBe(false);
    await expect(
      decodeBytesForAnalysis(new Uint8Array(bmp.subarray(0, bmp.length - 100)), 'b.bmp'),
    ).rejects.toThrow(/BMP is cut off/);
  });

  it.each(['photo.heic', 'orientation-6.jpg', 'plain.webp'])(
    'reads %s from the import fixtures upright, as the app shows it',
    async (name) => {
      const bytes = readFileSync(join(import.meta.dirname, '../fixtures/import', name));
      const decoded = await decodeBytesForAnalysis(new Uint8Array(bytes), name);
      expect([decoded.originalWidthPx, decoded.originalHeightPx]).toEqual([240, 320]);
      expect(decoded.incomplete).toBe(false);
      // The card: a red band along the top, a blue band along the bottom, grey between.
      const { data, widthPx, heightPx } = decoded.image;
      const at = (x: number, y: number) => [
        ...data.subarray(3 * (y * widthPx + x), 3 * (y * widthPx + x) + 3),
      ];
      const [r1, g1, b1] = at(widthPx - 10, 5);
      const [r2, g2, b2] = at(widthPx - 10, heightPx - 5);
      expect(r1!).toBeGreaterThan(150);
      expect(Math.max(g1!, b1!)).toBeLessThan(90);
      expect(b2!).toBeGreaterThan(150);
      expect(Math.max(r2!, g2!)).toBeLessThan(90);
    },
  );

  it('rejects a file that is not an image with a clear message', async () => {
    await expect(
      decodeBytesForAnalysis(new TextEncoder().encode('not an image'), 'x.jpg'),
    ).rejects.toThrow(/unsupported image format/);
  });
});

describe('mask PNG', () => {
  it('is single-channel, hair = 255 else 0, at the requested size', async () => {
    const probability = new Uint8Array(4 * 2);
    probability.set([255, 255, 0, 0, 255, 255, 0, 0]);
    const path = join(dir, 'm.mask.png');
    await writeHairMaskPng(probability, 4, 2, 40, 20, path);
    const meta = await sharp(path).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([40, 20, 1]);
    const data = await sharp(path).extractChannel(0).raw().toBuffer();
    expect(new Set(data)).toEqual(new Set([0, 255]));
    expect(data[0]).toBe(255);
    expect(data[39]).toBe(0);
  });
});
