// The committed model, loaded through onnxruntime-web (wasm, Node) and the shared segmentation
// core, must segment the three committed fixtures with a mean hair IoU of at least
// MODEL_MIN_MEAN_HAIR_IOU_PCT and no fixture below MODEL_MIN_EACH_HAIR_IOU_PCT.
// The classical baseline gets its own, lower bar so a regression there shows too.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import { classicalSegmenter, modelSegmenter } from '../../src/analysis/worker/segmenter';
import { scoreImage } from '../../scripts/node/evalMetrics';
import { zoomedSample } from '../../scripts/node/zoom';
import { coverageFromProbabilities } from '../../src/analysis/worker/coverage';
import { join } from 'node:path';
import { DEFAULT_MODEL_PATH, createNodeOrtModel, readModelFiles } from '../../scripts/node/ort';
import { FIXTURE_DIR, fixtureNames, loadFixture } from './fixtures';

/**
 * Hard hair IoU (p(hair) ≥ the card's hair threshold vs label argmax). hairseg-0.2.2 measured
 * 81.1 / 76.0 / 65.0 % (topdown / oblique / dermoscopy, mean 74.0 %): the bars leave ~10 pp for
 * retraining noise.
 */
const MODEL_MIN_MEAN_HAIR_IOU_PCT = 65;
const MODEL_MIN_EACH_HAIR_IOU_PCT = 55;
/** Largest spread of one close-up's readings across magnifications (measured 0.2 pp). */
const WIDE_SHAFT_MAX_SPREAD_PP = 2;
/** Off the truth that the oblique fixture shrunk ×0.4 may read with the thin-shaft pass. */
const THIN_SHAFT_MAX_ERROR_PP = 3;
/** The classical baseline's bar (it measured 47.5 / 37.7 / 56.7 % on these fixtures). */
const CLASSICAL_MIN_HAIR_IOU_PCT = 25;

const names = fixtureNames();
const hasModel = existsSync(DEFAULT_MODEL_PATH);

function hairIouPct(score: ReturnType<typeof scoreImage>): number {
  return (100 * score.hairIntersection) / Math.max(1, score.hairUnion);
}

describe('segmentation fixtures', () => {
  it('has the three committed fixtures', () => {
    expect(names).toHaveLength(3);
  });

  it.skipIf(!hasModel)('the card names the committed ONNX file (sha256, bytes)', async () => {
    const { bytes, meta } = await readModelFiles();
    expect(meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(meta.bytes).toBe(bytes.length);
  });

  it.skipIf(!hasModel)('refuses a card whose pixelBlock does not fit the graph', async () => {
    const { bytes, meta } = await readModelFiles();
    await expect(createNodeOrtModel(bytes, { ...meta, pixelBlock: 1 })).rejects.toThrow(
      /pixelBlock 1 \(3 input channels\) but the model takes 48/,
    );
  });

  it.skipIf(!hasModel)(
    `committed model: mean hair IoU ≥ ${MODEL_MIN_MEAN_HAIR_IOU_PCT} %, each ≥ ${MODEL_MIN_EACH_HAIR_IOU_PCT} %`,
    async () => {
      const { bytes, meta } = await readModelFiles();
      const model = await createNodeOrtModel(bytes, meta);
      const segmenter = modelSegmenter(model);
      expect(segmenter.model).toMatchObject({
        name: meta.name,
        version: meta.version,
        backend: 'wasm',
      });
      const ious: number[] = [];
      for (const name of names) {
        const fixture = await loadFixture(name);
        const iou = hairIouPct(
          scoreImage(
            await segmenter.segment(fixture.image),
            fixture.label,
            segmenter.hairThreshold,
          ),
        );
        expect(iou, name).toBeGreaterThanOrEqual(MODEL_MIN_EACH_HAIR_IOU_PCT);
        ious.push(iou);
      }
      const mean = ious.reduce((a, b) => a + b, 0) / ious.length;
      const detail = `hair IoU per fixture: ${ious.map((v) => v.toFixed(1)).join(' / ')}`;
      expect(mean, detail).toBeGreaterThanOrEqual(MODEL_MIN_MEAN_HAIR_IOU_PCT);
      await model.release();
    },
  );

  it.skipIf(!hasModel)(
    `committed model: one close-up at ×4, ×6 and ×8 reads within ${WIDE_SHAFT_MAX_SPREAD_PP} pp (wide-shaft pass)`,
    async () => {
      // The dermoscopy fixture enlarged, as a higher-magnification scope or a larger sensor
      // would show it: its shafts 4–8× as wide. Without the wide-shaft pass hairseg-0.2.2 read
      // 25.8 / 23.4 / 18.1 %; with it 25.4 / 25.5 / 25.6 % (true 23.3 %).
      const { bytes, meta } = await readModelFiles();
      const model = await createNodeOrtModel(bytes, meta);
      const segmenter = modelSegmenter(model);
      const readings: number[] = [];
      for (const zoom of [4, 6, 8]) {
        const sample = await zoomedSample(
          join(FIXTURE_DIR, 'dermoscopy.jpg'),
          join(FIXTURE_DIR, 'dermoscopy.label.png'),
          zoom,
        );
        const probs = await segmenter.segment(sample.image);
        if (zoom === 8) expect(probs.shaftRescale?.factor).toBeLessThan(0.6);
        readings.push(coverageFromProbabilities(probs).hairCoveragePct);
      }
      const spread = Math.max(...readings) - Math.min(...readings);
      expect(spread, readings.map((r) => r.toFixed(1)).join(' / ')).toBeLessThanOrEqual(
        WIDE_SHAFT_MAX_SPREAD_PP,
      );
      await model.release();
    },
  );

  it.skipIf(!hasModel)(
    `committed model: a photo shrunk ×0.4 is analysed enlarged and reads within ${THIN_SHAFT_MAX_ERROR_PP} pp (thin-shaft pass)`,
    async () => {
      // The oblique fixture at 0.4 of its size (102 px), as a whole-head photo saved small would
      // show it. Analysed as it is, hairseg-0.2.2 read 66.5 % (true 71.8 %); enlarged 1.57×
      // by the thin-shaft pass, 70.0 %.
      const { bytes, meta } = await readModelFiles();
      const model = await createNodeOrtModel(bytes, meta);
      const sample = await zoomedSample(
        join(FIXTURE_DIR, 'oblique-background.jpg'),
        join(FIXTURE_DIR, 'oblique-background.label.png'),
        0.4,
      );
      const probs = await modelSegmenter(model).segment(sample.image);
      expect(probs.shaftRescale?.kind).toBe('thin');
      expect(probs.shaftRescale?.factor).toBeGreaterThan(1.3);
      expect([probs.widthPx, probs.heightPx]).toEqual([
        sample.image.widthPx,
        sample.image.heightPx,
      ]);
      const read = coverageFromProbabilities(probs).hairCoveragePct;
      const truth = coverageFromProbabilities(sample.label).hairCoveragePct;
      expect(
        Math.abs(read - truth),
        `read ${read.toFixed(1)} %, true ${truth.toFixed(1)} %`,
      ).toBeLessThanOrEqual(THIN_SHAFT_MAX_ERROR_PP);
      await model.release();
    },
  );

  it(`classical baseline reaches hair IoU ≥ ${CLASSICAL_MIN_HAIR_IOU_PCT} % on each fixture`, async () => {
    const segmenter = classicalSegmenter(await loadCv());
    for (const name of names) {
      const fixture = await loadFixture(name);
      const score = scoreImage(
        await segmenter.segment(fixture.image),
        fixture.label,
        segmenter.hairThreshold,
      );
      expect(hairIouPct(score), name).toBeGreaterThanOrEqual(CLASSICAL_MIN_HAIR_IOU_PCT);
    }
  });
});
