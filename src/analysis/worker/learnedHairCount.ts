// The hair count from the learned counter (countModel.ts), with the rule counter's gates: no
// count where shafts are too narrow to tell apart or hair is a mat, and none ('unclear') below
// the fewest hairs the hair area found could hold. Falls back to the rule counter (hairCount.ts)
// when the counter's model cannot load, and says so.
import { countInput } from './countInput';
import type { CountModel } from './countModel';
import { RULE_COUNTER_VERSION } from '../../domain/analysis';
import {
  countHairs,
  fewestHairs,
  MIN_COUNT_SHAFT_WIDTH_PX,
  scalpPct,
  type HairCountReading,
} from './hairCount';
import type { ClassProbabilities } from './image';

export async function countHairsWithModel(
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'>,
  model: CountModel,
  minShaftWidthPx: number = MIN_COUNT_SHAFT_WIDTH_PX,
): Promise<HairCountReading> {
  const scalp = scalpPct(probs);
  const input = countInput(probs, minShaftWidthPx);
  if ('empty' in input) return { hairs: 0, counter: model.version, scalpPct: scalp };
  if ('reason' in input) {
    return { reason: input.reason, shaftWidthPx: input.shaftWidthPx, scalpPct: scalp };
  }
  const hairs = Math.max(0, Math.round(await model.count(input)));
  const { shaftWidthPx } = input;
  if (hairs < fewestHairs(input.hairAreaPx, shaftWidthPx, probs.widthPx, probs.heightPx))
    return { reason: 'unclear', shaftWidthPx, scalpPct: scalp };
  return { hairs, counter: model.version, shaftWidthPx, scalpPct: scalp };
}

/** Counts a close-up's hairs from its planes (the app, eval and segment all go through one). */
export type HairCounter = (
  probs: Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'>,
  minShaftWidthPx?: number,
) => Promise<HairCountReading>;

/** The rule counter alone (hairCount.ts): the fallback when the learned counter cannot load. */
export const ruleHairCounter: HairCounter = (probs, minShaftWidthPx) =>
  Promise.resolve(countHairs(probs, undefined, minShaftWidthPx));

export interface LoadedHairCounter {
  counter: HairCounter;
  /** The learned counter's version, or the rule counter's. */
  version: string;
  /** Why the rule counter counts instead of the learned one. */
  fallbackReason?: string;
}

/** The rule counter as a loaded counter: where no counting network is given or it fails. */
export const RULE_HAIR_COUNTER: LoadedHairCounter = {
  counter: ruleHairCounter,
  version: RULE_COUNTER_VERSION,
};

/** The learned counter if it loads, else the rule counter with the reason. */
export async function loadHairCounter(load: () => Promise<CountModel>): Promise<LoadedHairCounter> {
  try {
    const model = await load();
    return {
      counter: (probs, minShaftWidthPx) => countHairsWithModel(probs, model, minShaftWidthPx),
      version: model.version,
    };
  } catch (error) {
    return {
      ...RULE_HAIR_COUNTER,
      fallbackReason: `Hair counter model unavailable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
