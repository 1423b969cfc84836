// Blown-out highlights on the scalp: where a flash or strong light pushed the photo to white, the
// camera recorded no hair, and no model can read it back. Overexposed validation photos with much
// of their scalp blown out read far worse than the stated error of a reading says (MODEL_CARD.md,
// Blown-out flag), so the share is measured on every reading and a reading with too much of it is
// flagged (readingQuality.ts), instead of being reported with a confidence it has not earned.
import type { ClassProbabilities, PixelImage } from './image';

/** How much of the scalp a reading found was blown out in the photo. */
export interface BlownOut {
  /** Share of the scalp pixels whose luma is at or above `EXPOSURE.blownLuma`, percent. */
  scalpPct: number;
}

/**
 * A pixel is blown out at a luma of 250 or more (near white in all three channels). The scalp is
 * where the reading puts hair + skin ≥ 0.5; below `minScalpPx` such pixels (a frame of
 * backdrop) there is no scalp to judge.
 */
export const EXPOSURE = { blownLuma: 250, minScalp: 0.5, minScalpPx: 500 } as const;

export function blownOutShare(image: PixelImage, probs: ClassProbabilities): BlownOut | undefined {
  if (image.widthPx !== probs.widthPx || image.heightPx !== probs.heightPx) {
    throw new RangeError(
      `photo ${image.widthPx}×${image.heightPx} and reading ${probs.widthPx}×${probs.heightPx} differ`,
    );
  }
  const { hair, skin } = probs;
  const { data, channels } = image;
  let scalp = 0;
  let blown = 0;
  // Luma only where there is scalp, with image.ts luminance()'s weights and float32 rounding, so
  // no whole-photo luma plane is allocated for one comparison per pixel.
  for (let k = 0, i = 0; k < hair.length; k += 1, i += channels) {
    if (hair[k]! + skin[k]! < EXPOSURE.minScalp) continue;
    scalp += 1;
    const luma = Math.fround(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
    if (luma >= EXPOSURE.blownLuma) blown += 1;
  }
  if (scalp < EXPOSURE.minScalpPx) return undefined;
  return { scalpPct: (100 * blown) / scalp };
}
