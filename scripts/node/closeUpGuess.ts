// `npm run segment` knows no view, so without --count it guesses which photos are close-ups (and
// gets a hair count): those whose shafts read at least CLOSE_UP_SHAFT_WIDTH_PX wide. A blurred or
// enlarged phone photo can pass that too, its blurred strands read as a few wide "hairs". A cut on
// the mean visible length the count implies was measured to tell them apart and did not earn its
// place (MODEL_CARD.md, Hair count, "segment's close-up guess"). The app counts by the photo's
// view and never guesses.
import type { HairCountReading } from '../../src/analysis/worker/hairCount';
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import { shaftMaskStats } from '../../src/analysis/worker/shaftScale';

/**
 * A photo whose shafts are at least this wide is taken for a close-up. A phone photo's 1–5 px
 * hair, or a small photo's blurred mask, must not get a count.
 */
export const CLOSE_UP_SHAFT_WIDTH_PX = 10;

/** Mean visible hair length, in frame diagonals, the count of a close-up it guessed implies. */
export function impliedHairLengthDiagonals(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair'>,
  count: Pick<HairCountReading, 'hairs' | 'shaftWidthPx'>,
): number | undefined {
  const { hairs, shaftWidthPx } = count;
  if (hairs === undefined || hairs === 0 || shaftWidthPx === undefined) return undefined;
  const { area } = shaftMaskStats(probs.hair, probs.widthPx, probs.heightPx);
  return area / (hairs * shaftWidthPx * Math.hypot(probs.widthPx, probs.heightPx));
}
