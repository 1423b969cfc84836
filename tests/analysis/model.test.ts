// The committed model, loaded through onnxruntime-web (wasm, Node) and the shared segmentation
// core, must segment the three committed fixtures with hair IoU above MODEL_MIN_HAIR_IOU_PCT.
// The classical baseline gets its own, lower bar so a regression there shows too.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import { classicalSegmenter, modelSegmenter } from '../../src/analysis/worker/segmenter';
import { scoreImage } from '../../scripts/node/evalMetrics';
import { DEFAULT_MODEL_PATH, createNodeOrtModel, readModelFiles } from '../../scripts/node/ort';
import { fixtureNames, loadFixture } from './fixtures';

/** Hard hair IoU (argmax vs label argmax) every fixture must reach with the committed model. */
const MODEL_MIN_HAIR_IOU_PCT = 60;
/** The classical baseline's bar (it measured 46–84 % on these fixtures). */
const CLASSICAL_MIN_HAIR_IOU_PCT = 35;

const names = fixtureNames();
const hasModel = existsSync(DEFAULT_MODEL_PATH);

function hairIouPct(score: ReturnType<typeof scoreImage>): number {
  return (100 * score.hairIntersection) / Math.max(1, score.hairUnion);
}

describe('segmentation fixtures', () => {
  it('has the three committed fixtures', () => {
    expect(names).toHaveLength(3);
  });

  it.skipIf(!hasModel)(
    `committed model reaches hair IoU ≥ ${MODEL_MIN_HAIR_IOU_PCT} % on each fixture`,
    async () => {
      const { bytes, meta } = await readModelFiles();
      const model = await createNodeOrtModel(bytes, meta);
      const segmenter = modelSegmenter(model);
      expect(segmenter.model).toMatchObject({
        name: meta.name,
        version: meta.version,
        backend: 'wasm',
      });
      for (const name of names) {
        const fixture = await loadFixture(name);
        const score = scoreImage(await segmenter.segment(fixture.image), fixture.label);
        expect(hairIouPct(score), name).toBeGreaterThanOrEqual(MODEL_MIN_HAIR_IOU_PCT);
      }
      await model.release();
    },
  );

  it(`classical baseline reaches hair IoU ≥ ${CLASSICAL_MIN_HAIR_IOU_PCT} % on each fixture`, async () => {
    const segmenter = classicalSegmenter(await loadCv());
    for (const name of names) {
      const fixture = await loadFixture(name);
      const score = scoreImage(await segmenter.segment(fixture.image), fixture.label);
      expect(hairIouPct(score), name).toBeGreaterThanOrEqual(CLASSICAL_MIN_HAIR_IOU_PCT);
    }
  });
});
