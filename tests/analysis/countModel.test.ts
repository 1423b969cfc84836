import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  createCountModel,
  parseCountModelCard,
  type CountModelCard,
} from '../../src/analysis/worker/countModel';
import { COUNT_INPUT_SHAFT_WIDTH_PX } from '../../src/analysis/worker/countInput';
import { RULE_COUNTER_VERSION } from '../../src/domain/analysis';
import { countHairsWithModel, loadHairCounter } from '../../src/analysis/worker/learnedHairCount';
import {
  DEFAULT_COUNT_CARD_PATH,
  DEFAULT_COUNT_MODEL_PATH,
  loadNodeHairCounter,
  loadNodeOrt,
} from '../../scripts/node/ort';
import { hairPlanes } from './hairPlanes';

const committed = async () => {
  const [bytes, card] = await Promise.all([
    readFile(DEFAULT_COUNT_MODEL_PATH),
    readFile(DEFAULT_COUNT_CARD_PATH, 'utf8'),
  ]);
  return { bytes: new Uint8Array(bytes), card: parseCountModelCard(JSON.parse(card)) };
};

const shaft = (x0: number, y0: number, x1: number, y1: number) => ({
  points: [
    [x0, y0],
    [x1, y1],
  ] as [number, number][],
  widthPx: 14,
});

describe('the learned hair counter (committed haircount.onnx)', () => {
  it('loads, passes its export check and counts separate shafts near their number', async () => {
    const { bytes, card } = await committed();
    // createCountModel runs the card's reference planes and refuses a graph that disagrees.
    const model = await createCountModel(await loadNodeOrt(), bytes, card);
    const probs = hairPlanes(400, 400, [
      shaft(30, -10, 60, 410),
      shaft(150, 60, 170, 260),
      shaft(260, 150, 380, 420),
      shaft(300, 20, 390, 120),
    ]);
    const reading = await countHairsWithModel(probs, model);
    expect(reading.counter).toBe(card.version);
    expect(reading.hairs).toBeGreaterThanOrEqual(2);
    expect(reading.hairs).toBeLessThanOrEqual(8);
    expect(await countHairsWithModel(hairPlanes(64, 64, []), model)).toMatchObject({ hairs: 0 });
    await model.release();
  });

  it('refuses a card that does not belong to the graph', async () => {
    const { bytes, card } = await committed();
    const wrong: CountModelCard = { ...card, reference: { ...card.reference, count: 999 } };
    await expect(createCountModel(await loadNodeOrt(), bytes, wrong)).rejects.toThrow(/reference/);
  });

  it('refuses a card trained at another shaft width than the app feeds it', async () => {
    const json = JSON.parse(await readFile(DEFAULT_COUNT_CARD_PATH, 'utf8')) as object;
    expect(parseCountModelCard(json).inputShaftWidthPx).toBe(COUNT_INPUT_SHAFT_WIDTH_PX);
    expect(() =>
      parseCountModelCard({ ...json, inputShaftWidthPx: COUNT_INPUT_SHAFT_WIDTH_PX + 2 }),
    ).toThrow(/6-px shafts; the app feeds 4 px/);
  });

  it('falls back to the rule counter, saying why, when the model cannot load', async () => {
    const missing = await loadNodeHairCounter('/nonexistent/haircount.onnx');
    expect(missing.version).toBe(RULE_COUNTER_VERSION);
    expect(missing.fallbackReason).toMatch(/unavailable/);
    const reading = await missing.counter(hairPlanes(300, 300, [shaft(20, -10, 40, 310)]));
    expect(reading).toMatchObject({ hairs: 1, counter: RULE_COUNTER_VERSION });
    const broken = await loadHairCounter(() => Promise.reject(new Error('no file')));
    expect(broken.fallbackReason).toContain('no file');
  });
});
