// What a phone does to a photo after the lens (stop 32's out-of-focus study): the sensor adds
// grain, the phone sharpens and saves a JPEG. An out-of-focus photo is blurred *before* these
// steps, so its grain and halos stay crisp however soft the hair is; stop 26's sweep blurred the
// finished photo instead, smoothing the grain away too (models/.cache/stop32-phone-defocus-rule.md).
import sharp from 'sharp';
import type { PixelImage } from '../../src/analysis/worker/image';
import { gaussianSmooth } from '../../src/analysis/worker/photoNoise';
import { addLumaNoise } from './camera';
import { rawRgb } from './rawRgb';

export interface PhoneFinish {
  name: string;
  /** Luma noise, grey levels; 0 leaves the photo as it is (no sharpening or JPEG either). */
  noiseSigma: number;
}

export const PHONE_FINISHES: readonly PhoneFinish[] = [
  { name: 'gaussian', noiseSigma: 0 },
  { name: 'phone-2', noiseSigma: 2 },
  { name: 'phone-4', noiseSigma: 4 },
];

/** Unsharp mask x + amount·(x − G_radius(x)), the phone's edge enhancement. */
const UNSHARP = { radiusPx: 1, amount: 0.8 } as const;
const JPEG_QUALITY = 88;

export async function phoneFinished(
  photo: PixelImage,
  finish: PhoneFinish,
  seed: number,
): Promise<PixelImage> {
  if (finish.noiseSigma === 0) return photo;
  const grainy = addLumaNoise(photo, finish.noiseSigma, seed);
  const smooth = gaussianSmooth(grainy, UNSHARP.radiusPx);
  const sharpened = new Uint8Array(grainy.data.length);
  for (let i = 0; i < sharpened.length; i += 1) {
    const v = grainy.data[i]!;
    sharpened[i] = Math.min(
      255,
      Math.max(0, Math.round(v + UNSHARP.amount * (v - smooth.data[i]!))),
    );
  }
  const jpeg = await sharp(sharpened, {
    raw: { width: photo.widthPx, height: photo.heightPx, channels: 3 },
  })
    .jpeg({ quality: JPEG_QUALITY })
    .toBuffer();
  return rawRgb(sharp(jpeg));
}

/** A photo's own seed for its grain, so a run is the same every time. */
export function finishSeed(
  sample: { group: string; id: string },
  sigmaPx: number,
  finish: PhoneFinish,
): number {
  const text = `${sample.group}/${sample.id}@${sigmaPx}/${finish.name}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
