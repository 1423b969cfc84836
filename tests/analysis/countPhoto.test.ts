import { describe, expect, it } from 'vitest';
import {
  COUNT_PHOTO_MAX_SIDE_PX,
  countingPlanes,
  countPhoto,
} from '../../src/analysis/worker/countPhoto';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';

const photo = (widthPx: number, heightPx: number): PixelImage => ({
  widthPx,
  heightPx,
  channels: 3,
  data: new Uint8ClampedArray(widthPx * heightPx * 3).fill(128),
});

const planes = ({ widthPx, heightPx }: PixelImage): ClassProbabilities => {
  const n = widthPx * heightPx;
  return {
    widthPx,
    heightPx,
    hair: new Float32Array(n),
    skin: new Float32Array(n).fill(1),
    background: new Float32Array(n),
  };
};

/** A segmenter that reads `planesOf` and records the width of every photo it was given. */
const recording = (planesOf: (p: PixelImage) => ClassProbabilities) => {
  const seen: number[] = [];
  const segment = async (p: PixelImage) => {
    seen.push(p.widthPx);
    return planesOf(p);
  };
  return { seen, segment };
};

describe('the photo a close-up is counted on', () => {
  it('is the photo itself up to the count size, else a copy with that long side', () => {
    const small = photo(COUNT_PHOTO_MAX_SIDE_PX, 700);
    expect(countPhoto(small)).toBe(small);
    const large = countPhoto(photo(2048, 1536));
    expect([large.widthPx, large.heightPx]).toEqual([1024, 768]);
    expect(large.data.length).toBe(1024 * 768 * 3);
    const tall = countPhoto(photo(900, 1800), 512);
    expect([tall.widthPx, tall.heightPx]).toEqual([256, 512]);
  });

  it('reuses the full-size reading of a small photo and segments a copy of a large one', async () => {
    const { seen, segment } = recording(planes);
    const small = photo(800, 600);
    const full = planes(small);
    expect(await countingPlanes(small, segment, full)).toBe(full);
    expect(seen).toEqual([]);
    const large = photo(1600, 1200);
    const counted = await countingPlanes(large, segment, planes(large));
    expect([counted.widthPx, counted.heightPx]).toEqual([1024, 768]);
    expect(seen).toEqual([1024]);
    // Without a reading to reuse, a small photo is segmented as it is.
    await countingPlanes(small, segment);
    expect(seen).toEqual([1024, 800]);
  });

  it('counts at full size where the copy reads the shafts too thin to count', async () => {
    // Hair stripes 6 px wide on the full-size photo read 3 px on a half-size copy: too thin.
    const stripes = ({ widthPx, heightPx }: PixelImage): ClassProbabilities => {
      const p = planes({ widthPx, heightPx, channels: 3, data: new Uint8ClampedArray(0) });
      const period = widthPx >= 2048 ? 40 : 20;
      const width = widthPx >= 2048 ? 6 : 3;
      for (let y = 0; y < heightPx; y += 1)
        for (let x = 0; x < widthPx; x += 1)
          if (x % period < width) {
            p.hair[y * widthPx + x] = 1;
            p.skin[y * widthPx + x] = 0;
          }
      return p;
    };
    const { seen, segment } = recording(stripes);
    const large = photo(2048, 512);
    const full = stripes(large);
    expect(await countingPlanes(large, segment, full)).toBe(full);
    expect(seen).toEqual([1024]);
  });
});
