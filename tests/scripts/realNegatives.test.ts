// The eval's hair-free real photos: listing from the backdrop index and the false-hair shares.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { falseHair, listNoHairPhotos, summariseFalseHair } from '../../scripts/node/realNegatives';

const probs = (hair: number[]) => ({
  widthPx: hair.length,
  heightPx: 1,
  hair: Float32Array.from(hair),
  skin: Float32Array.from(hair.map(() => 0)),
  background: Float32Array.from(hair.map((h) => 1 - h)),
});

describe('hair-free real photos', () => {
  it('lists only eval-split backdrops and negatives, never training photos', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'negatives-'));
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify([
        { file: 'b.jpg', split: 'train' },
        { file: 'c.jpg', split: 'eval' },
        { file: 'a.png', split: 'negative' },
      ]),
    );
    expect(await listNoHairPhotos(dir)).toEqual([join(dir, 'a.png'), join(dir, 'c.jpg')]);
    expect(await listNoHairPhotos(join(dir, 'missing'))).toEqual([]);
  });

  it('counts pixels at the hair threshold and the soft mass, pooled and worst photo', () => {
    const a = falseHair(probs([0.9, 0.4, 0.3, 0.0]), 0.35);
    expect(a).toEqual({ pixels: 4, hairPixels: 2, hairMass: expect.closeTo(1.6, 5) });
    const b = falseHair(probs([0, 0, 0, 0, 0, 0]), 0.35);
    const s = summariseFalseHair([a, b]);
    expect(s.photos).toBe(2);
    expect(s.hairPixelPct).toBeCloseTo(20, 5); // 2 of 10 pixels
    expect(s.hairMassPct).toBeCloseTo(16, 5);
    expect(s.worstPhotoHairPixelPct).toBeCloseTo(50, 5);
  });
});
