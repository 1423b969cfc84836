// Eval photos as a worse camera or worse light would have taken them, for the camera-robustness
// table of `npm run eval`. The generator already draws blur, noise, casts, exposure and JPEG
// (models/synth/scenes.py, camera) at random on every image; these conditions go one step past
// its usual draw, the way a patient's phone photo at home often does, so the table shows how much
// each costs and whether the stated error of a reading widens with it. The soft label is the
// scene's truth and stays as it is: the hair did not change, only the photo of it.
import sharp from 'sharp';
import type { PixelImage } from '../../src/analysis/worker/image';
import { rawRgb } from './rawRgb';

export interface CameraCondition {
  name: string;
  /** What it stands for, for the table's heading and the JSON. */
  means: string;
  photo: (imagePath: string, seed: number) => Promise<PixelImage>;
}

/** mulberry32: a small seeded generator, so a condition's noise is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gaussian noise of `sigma` grey levels, the same on all three channels (luma noise: a small
 * sensor in dim light), by Box–Muller from the seeded generator.
 */
export function addLumaNoise(image: PixelImage, sigma: number, seed: number): PixelImage {
  const random = seededRandom(seed);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 3) {
    const n = sigma * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    for (let c = 0; c < 3; c += 1) {
      data[i + c] = Math.min(255, Math.max(0, Math.round(image.data[i + c]! + n)));
    }
  }
  return { ...image, data };
}

// A 9-px horizontal box: the hand moving during a 1/15 s indoor exposure.
const MOTION_KERNEL = Array.from({ length: 81 }, (_, i) => (Math.floor(i / 9) === 4 ? 1 : 0));

export const CAMERA_CONDITIONS: readonly CameraCondition[] = [
  {
    // The eval table decodes with the app's decoder; the conditions decode with sharp, whose
    // JPEG decoder can differ by a grey level, so they are compared with this row.
    name: 'control',
    means: 'the eval photo as it is (decoded like the conditions below)',
    photo: (path) => rawRgb(sharp(path)),
  },
  {
    name: 'defocus',
    means: 'out of focus: Gaussian blur, sigma 1.5 px',
    photo: (path) => rawRgb(sharp(path).blur(1.5)),
  },
  {
    name: 'motion',
    means: 'camera shake: 9-px horizontal motion blur',
    photo: (path) =>
      rawRgb(sharp(path).convolve({ width: 9, height: 9, kernel: MOTION_KERNEL, scale: 9 })),
  },
  {
    name: 'dark',
    means: 'one stop underexposed: pixel values halved',
    photo: (path) => rawRgb(sharp(path).linear(0.5, 0)),
  },
  {
    name: 'bright',
    means: 'two thirds of a stop overexposed: values ×1.6, highlights clipped',
    photo: (path) => rawRgb(sharp(path).linear(1.6, 0)),
  },
  {
    name: 'warm',
    means: 'tungsten light left uncorrected: red ×1.15, blue ×0.75',
    photo: (path) => rawRgb(sharp(path).linear([1.15, 1, 0.75], [0, 0, 0])),
  },
  {
    name: 'noise',
    means: 'dim-light sensor noise: Gaussian, sigma 10 grey levels',
    photo: async (path, seed) => addLumaNoise(await rawRgb(sharp(path)), 10, seed),
  },
  {
    name: 'jpeg',
    means: 'saved again as JPEG at quality 25 (a messaging app)',
    photo: async (path) => rawRgb(sharp(await sharp(path).jpeg({ quality: 25 }).toBuffer())),
  },
];
