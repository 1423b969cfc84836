// Real photographs with no hair in them (models/synth/fetch_backdrops.py: the eval-split backdrops
// and the "negative" photos, none ever used for training). The truth is known without drawing a
// label: every pixel is "not hair", so the share the segmenter calls hair is its false-positive
// rate on real camera images, the one real-data measurement these machines allow.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decideLabels } from '../../src/analysis/worker/coverage';
import type { ClassProbabilities } from '../../src/analysis/worker/image';

export const BACKDROP_DIR = 'models/.cache/backdrops';

interface IndexEntry {
  file: string;
  split: string;
}

/** Hair-free real photos listed in the backdrop index, or [] when they were never fetched. */
export async function listNoHairPhotos(dir: string = BACKDROP_DIR): Promise<string[]> {
  let entries: IndexEntry[];
  try {
    entries = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  } catch {
    return [];
  }
  return entries
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
