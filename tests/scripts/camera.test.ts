import { describe, expect, it } from 'vitest';
import { addLumaNoise, CAMERA_CONDITIONS } from '../../scripts/node/camera';
import type { PixelImage } from '../../src/analysis/worker/image';

const FIXTURE = 'tests/fixtures/seg/topdown-dark-hair.jpg';

function flat(value: number, size = 64): PixelImage {
  return {
    widthPx: size,
    heightPx: size,
    channels: 3,
    data: new Uint8Array(size * size * 3).fill(value),
  };
}

function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]!;
  return sum;
}

const meanOf = (image: PixelImage) => sumOf(image.data) / image.data.length;

describe('camera conditions of the eval', () => {
  it('adds the same noise for the same seed, other noise for another, on all channels alike', () => {
    const a = addLumaNoise(flat(128), 10, 7);
    expect(addLumaNoise(flat(128), 10, 7).data).toEqual(a.data);
    expect(addLumaNoise(flat(128), 10, 8).data).not.toEqual(a.data);
    for (let i = 0; i < a.data.length; i += 3) {
      expect(a.data[i + 1]).toBe(a.data[i]);
      expect(a.data[i + 2]).toBe(a.data[i]);
    }
    const values = [...a.data].filter((_, i) => i % 3 === 0);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean - 128)).toBeLessThan(1);
    expect(sd).toBeGreaterThan(9);
    expect(sd).toBeLessThan(11);
  });

  it('clips noise at black and white instead of wrapping', () => {
    expect(Math.min(...addLumaNoise(flat(0), 10, 1).data)).toBe(0);
    expect(meanOf(addLumaNoise(flat(0), 10, 1))).toBeGreaterThan(2);
    expect(meanOf(addLumaNoise(flat(255), 10, 1))).toBeLessThan(253);
  });

  it('keeps the photo size and changes the photo the way each condition says', async () => {
    const byName = Object.fromEntries(
      await Promise.all(
        CAMERA_CONDITIONS.map(async (c) => [c.name, await c.photo(FIXTURE, 1)] as const),
      ),
    );
    const control = byName.control!;
    for (const image of Object.values(byName)) {
      expect([image.widthPx, image.heightPx, image.channels]).toEqual([
        control.widthPx,
        control.heightPx,
        3,
      ]);
    }
    expect(meanOf(byName.dark!) / meanOf(control)).toBeCloseTo(0.5, 1);
    expect(meanOf(byName.bright!)).toBeGreaterThan(meanOf(control) * 1.3);
    // Blur lowers the pixel-to-pixel differences that hair edges are made of.
    const roughness = (image: PixelImage) => {
      let sum = 0;
      for (let i = 3; i < image.data.length; i += 3)
        sum += Math.abs(image.data[i]! - image.data[i - 3]!);
      return sum;
    };
    expect(roughness(byName.defocus!)).toBeLessThan(roughness(control) * 0.8);
    expect(roughness(byName.motion!)).toBeLessThan(roughness(control) * 0.8);
    const channelMean = (image: PixelImage, c: number) =>
      sumOf(Array.from(image.data).filter((_, i) => i % 3 === c));
    expect(channelMean(byName.warm!, 2) / channelMean(control, 2)).toBeLessThan(0.8);
    expect(byName.jpeg!.data).not.toEqual(control.data);
  });
});
