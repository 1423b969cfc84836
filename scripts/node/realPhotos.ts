// Real photographs for `npm run eval` (models/synth/fetch_backdrops.py), none ever used for
// training. Two checks whose truth is known without drawing a label:
// - photos with no hair in them (the eval-split backdrops and the "negative" photos): every
//   pixel is "not hair", so the share called hair is the false-positive rate on real images;
// - photos of people with a box that holds only head hair ("hair-box"): the share of the box
//   called hair is the recall on real hair; boxes in the same photos that hold no hair (face
//   skin, clothes, sky…) give the false hair beside it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decideLabels } from '../../src/analysis/worker/coverage';
import type { ClassProbabilities } from '../../src/analysis/worker/image';

export const BACKDROP_DIR = 'models/.cache/backdrops';

interface IndexEntry {
  file: string;
  split: string;
  hairBox?: Box;
  notHairBoxes?: Record<string, Box>;
}

/** x0, y0, x1, y1 in a photo's own (upright) pixels. */
type Box = [number, number, number, number];

async function readIndex(dir: string): Promise<IndexEntry[]> {
  try {
    return JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  } catch {
    return [];
  }
}

/** Hair-free real photos listed in the backdrop index, or [] when they were never fetched. */
export async function listNoHairPhotos(dir: string = BACKDROP_DIR): Promise<string[]> {
  return (await readIndex(dir))
    .filter((e) => e.split === 'eval' || e.split === 'negative')
    .map((e) => join(dir, e.file))
    .sort();
}

export interface FalseHairScores {
  pixels: number;
  /** Pixels the segmenter's hair rule (p(hair) ≥ threshold) calls hair. */
  hairPixels: number;
  /** Sum of p(hair): what the soft coverage figures would count. */
  hairMass: number;
}

export function falseHair(probs: ClassProbabilities, hairThreshold: number): FalseHairScores {
  const labels = decideLabels(probs, hairThreshold);
  let hairPixels = 0;
  let hairMass = 0;
  for (let k = 0; k < labels.length; k += 1) {
    if (labels[k] === 2) hairPixels += 1;
    hairMass += probs.hair[k] ?? 0;
  }
  return { pixels: labels.length, hairPixels, hairMass };
}

/** Percentages over a set of photos: pooled (big photos weigh more) and the worst single photo. */
export function summariseFalseHair(list: FalseHairScores[]): {
  photos: number;
  hairPixelPct: number;
  hairMassPct: number;
  worstPhotoHairPixelPct: number;
} {
  const pixels = list.reduce((a, s) => a + s.pixels, 0) || 1;
  return {
    photos: list.length,
    hairPixelPct: (100 * list.reduce((a, s) => a + s.hairPixels, 0)) / pixels,
    hairMassPct: (100 * list.reduce((a, s) => a + s.hairMass, 0)) / pixels,
    worstPhotoHairPixelPct: Math.max(0, ...list.map((s) => (100 * s.hairPixels) / (s.pixels || 1))),
  };
}

export interface HairBoxPhoto {
  path: string;
  box: Box;
  /** Boxes holding no hair, by what they hold. */
  notHair: { label: string; box: Box }[];
}

/** Photos of people with a hair-only box, or [] when they were never fetched. */
export async function listHairBoxPhotos(dir: string = BACKDROP_DIR): Promise<HairBoxPhoto[]> {
  return (await readIndex(dir))
    .filter((e) => e.split === 'hair-box' && e.hairBox)
    .map((e) => ({
      path: join(dir, e.file),
      box: e.hairBox as Box,
      notHair: Object.entries(e.notHairBoxes ?? {}).map(([label, box]) => ({ label, box })),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Share of the box (given in original pixels, mapped to the analysis scale of `probs`) that the
 * segmenter's hair rule calls hair, in percent.
 */
export function hairShareInBox(
  probs: ClassProbabilities,
  box: HairBoxPhoto['box'],
  originalWidthPx: number,
  originalHeightPx: number,
  hairThreshold: number,
): number {
  const labels = decideLabels(probs, hairThreshold);
  const sx = probs.widthPx / originalWidthPx;
  const sy = probs.heightPx / originalHeightPx;
  const x0 = Math.max(0, Math.floor(box[0] * sx));
  const x1 = Math.min(probs.widthPx, Math.ceil(box[2] * sx));
  const y0 = Math.max(0, Math.floor(box[1] * sy));
  const y1 = Math.min(probs.heightPx, Math.ceil(box[3] * sy));
  let hair = 0;
  let total = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      total += 1;
      if (labels[y * probs.widthPx + x] === 2) hair += 1;
    }
  }
  return total > 0 ? (100 * hair) / total : 0;
}
