// A trichoscopy reading's hair count in words: hairs in the frame, hairs per cm² and shaft width
// when the photo's field of view is known, or why there is no count.
import { RULE_COUNTER_VERSION, type HairCountRecord } from '../../domain/analysis';
import { hairsPerCm2, shaftWidthUm } from '../../domain/density';

export interface HairCountText {
  /** "42 hairs in the frame", or why none were counted. */
  count: string;
  /** "190 hairs/cm²", when the field of view is known. */
  density?: string;
  /** "typical shaft 68 µm" (with a field of view) or "typical shaft 14 px". */
  shaft?: string;
  /** Whether entering the field of view would add hairs/cm². */
  needsFieldOfView: boolean;
  /** Which counter made the count: counts from different counters do not compare. */
  counter?: string;
}

function counterText(count: HairCountRecord): string {
  // Counts stored before stop 28 carry no counter; the rule counter made them.
  const version = count.counter ?? RULE_COUNTER_VERSION;
  return version === RULE_COUNTER_VERSION
    ? `counted by the rule counter (${RULE_COUNTER_VERSION})`
    : `counted by the counting network ${version}`;
}

const REASONS: Record<NonNullable<HairCountRecord['reason']>, string> = {
  'too-thin':
    'No hair count: the shafts are too narrow in this photo to tell apart. Counting needs a dermatoscope close-up (20× or more).',
  mat: 'No hair count: hair covers the whole frame, so single hairs cannot be told apart. Part the hair or press the scope flat.',
  unclear:
    'No hair count: much of the frame reads as hair, but too few clear single shafts for that much hair (tangled, blurred or unsure), so a count would be a guess. Check the mask; part the hair, refocus or press the scope flat.',
};

export function hairCountText(count: HairCountRecord, fieldOfViewMm?: number): HairCountText {
  if (count.hairs === undefined) {
    return { count: REASONS[count.reason ?? 'mat'], needsFieldOfView: false };
  }
  const density = hairsPerCm2(count, fieldOfViewMm);
  const widthUm = shaftWidthUm(count, fieldOfViewMm);
  return {
    count: `${count.hairs} ${count.hairs === 1 ? 'hair' : 'hairs'} in the frame`,
    density: density === undefined ? undefined : `${Math.round(density)} hairs/cm²`,
    shaft:
      widthUm !== undefined
        ? `typical shaft ${Math.round(widthUm)} µm`
        : count.shaftWidthPx !== undefined
          ? `typical shaft ${count.shaftWidthPx.toFixed(0)} px`
          : undefined,
    needsFieldOfView: density === undefined,
    counter: counterText(count),
  };
}
