// The scale-robustness samples: photo and soft label resampled together, label fractions kept.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { zoomedSample } from '../../scripts/node/zoom';

/** 64×48: left quarter hair (R), the rest skin (G); the photo dark where hair is. */
async function writePair(dir: string): Promise<{ image: string; label: string }> {
  const w = 64;
  const h = 48;
  const photo = Buffer.alloc(w * h * 3);
  const label = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const k = 3 * (y * w + x);
      const hair = x < w / 4;
      photo.fill(hair ? 30 : 200, k, k + 3);
      label[k] = hair ? 255 : 0;
      label[k + 1] = hair ? 0 : 255;
    }
  }
  const image = join(dir, 'a.jpg');
  const labelPath = join(dir, 'a.label.png');
  await sharp(photo, { raw: { width: w, height: h, channels: 3 } })
    .jpeg()
    .toFile(image);
  await sharp(label, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toFile(labelPath);
  return { image, label: labelPath };
}

describe('zoomedSample', () => {
  it('resamples photo and label to the same size and keeps the hair share', async () => {
    const { image, label } = await writePair(await mkdtemp(join(tmpdir(), 'zoom-')));
    for (const [factor, w, h] of [
      [0.5, 32, 24],
      [2, 128, 96],
    ] as const) {
      const zoomed = await zoomedSample(image, label, factor);
      expect([zoomed.image.widthPx, zoomed.image.heightPx]).toEqual([w, h]);
      expect([zoomed.label.widthPx, zoomed.label.heightPx]).toEqual([w, h]);
      expect(zoomed.image.data).toHaveLength(w * h * 3);
      let hair = 0;
      let maxSumError = 0;
      for (let k = 0; k < w * h; k += 1) {
        const sum = zoomed.label.hair[k]! + zoomed.label.skin[k]! + zoomed.label.background[k]!;
        maxSumError = Math.max(maxSumError, Math.abs(sum - 1));
        hair += zoomed.label.hair[k]!;
      }
      expect(maxSumError).toBeLessThan(1e-5);
      expect((100 * hair) / (w * h)).toBeCloseTo(25, 0);
      // The photo moved with the label: dark on the left, light on the right.
      expect(zoomed.image.data[0]).toBeLessThan(80);
      expect(zoomed.image.data[3 * (w - 1)]).toBeGreaterThan(150);
    }
  });
});
