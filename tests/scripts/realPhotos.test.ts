// The eval's real photos: listing from the backdrop index, false-hair shares on hair-free
// photos, and the hair share of a hair-only box.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  falseHair,
  hairShareInBox,
  listHairBoxPhotos,
  listNoHairPhotos,
  summariseFalseHair,
} from '../../scripts/node/realPhotos';

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
        { file: 'p.png', split: 'hair-box', hairBox: [1, 2, 3, 4] },
        {
          file: 'q.png',
          split: 'hair-box',
          hairBox: [5, 6, 7, 8],
          notHairBoxes: { face: [0, 0, 2, 2], coat: [3, 3, 9, 9] },
        },
      ]),
    );
    expect(await listNoHairPhotos(dir)).toEqual([join(dir, 'a.png'), join(dir, 'c.jpg')]);
    // Boxes with no hair come with their labels; an index from before them lists none.
    expect(await listHairBoxPhotos(dir)).toEqual([
      { path: join(dir, 'p.png'), box: [1, 2, 3, 4], notHair: [] },
      {
        path: join(dir, 'q.png'),
        box: [5, 6, 7, 8],
        notHair: [
          { label: 'face', box: [0, 0, 2, 2] },
          { label: 'coat', box: [3, 3, 9, 9] },
        ],
      },
    ]);
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

  it('counts the hair share of a box given in original pixels, at analysis scale', () => {
    // A 4×2 analysis image of an 8×4 photo; hair in the left half only.
    const p = {
      widthPx: 4,
      heightPx: 2,
      hair: Float32Array.from([1, 1, 0, 0, 1, 1, 0, 0]),
      skin: new Float32Array(8),
      background: Float32Array.from([0, 0, 1, 1, 0, 0, 1, 1]),
    };
    expect(hairShareInBox(p, [0, 0, 4, 4], 8, 4, 0.5)).toBe(100);
    expect(hairShareInBox(p, [0, 0, 8, 4], 8, 4, 0.5)).toBe(50);
    expect(hairShareInBox(p, [4, 0, 8, 2], 8, 4, 0.5)).toBe(0);
  });
});
