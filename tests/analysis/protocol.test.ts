// The worker's API object, called directly (no Worker): progress order, model naming, the
// classical fallback when the model is missing, and abort.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { AnalysisProgress } from '../../src/analysis/protocol';
import {
  COUNT_COPY_PROGRESS_DETAIL,
  createAnalysisApi,
} from '../../src/analysis/worker/analysisApi';
import { OUT_OF_FOCUS_EDGE_SHARPNESS } from '../../src/analysis/worker/readingQuality';
import type { ModelMeta } from '../../src/analysis/worker/modelMeta';
import type { OrtModel } from '../../src/analysis/worker/ortModel';
import type { TileRunner } from '../../src/analysis/worker/segmentCore';
import { nodeAnalysisDeps } from '../../scripts/node/analysisDeps';
import { stripedJpeg } from './testImages';
import { testModelMeta } from './testMeta';

const META: ModelMeta = testModelMeta(64);

/** Dark pixels → hair, everything else skin; `delayMs` lets an abort land between tiles. */
function darkIsHair(delayMs = 0): TileRunner {
  return async (input, widthPx, heightPx) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const plane = widthPx * heightPx;
    const out = new Float32Array(3 * plane);
    for (let k = 0; k < plane; k += 1) {
      const dark = (input[k] ?? 0) < 0;
      out[k] = -10;
      out[plane + k] = dark ? -5 : 5;
      out[2 * plane + k] = dark ? 5 : -5;
    }
    return out;
  };
}

/** Every pixel: hair 0.45, skin 0.35, background 0.20 (undecided between hair and skin). */
const undecided: TileRunner = async (_input, widthPx, heightPx) => {
  const plane = widthPx * heightPx;
  const out = new Float32Array(3 * plane);
  out.fill(Math.log(0.2), 0, plane);
  out.fill(Math.log(0.35), plane, 2 * plane);
  out.fill(Math.log(0.45), 2 * plane);
  return out;
};

async function maskValues(png: Blob | undefined): Promise<Set<number>> {
  if (!png) throw new Error('no mask');
  const data = await sharp(Buffer.from(await png.arrayBuffer()))
    .extractChannel(0)
    .raw()
    .toBuffer();
  return new Set(data);
}

function fakeModelDeps(runTile: TileRunner, meta: ModelMeta = META) {
  const fake: OrtModel = {
    meta,
    backend: 'wasm',
    runTile,
    loadMs: 1,
    warmupMs: 1,
    release: async () => {},
  };
  return {
    ...nodeAnalysisDeps(),
    loadModelFiles: async () => ({ bytes: new Uint8Array(1), meta }),
    createModel: async () => fake,
  };
}

describe('analysis API', () => {
  it('reports loading → ready → running → done and names the model that ran', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair()));
    const stages: AnalysisProgress['stage'][] = [];
    const result = await api.analyze(
      { jobId: 'a', image: await stripedJpeg(), method: 'model', wantMaskPng: true },
      (p) => {
        if (stages.at(-1) !== p.stage) stages.push(p.stage);
      },
    );
    expect(stages).toEqual(['loading', 'ready', 'running', 'done']);
    expect(result.model).toMatchObject({
      name: 'hairseg',
      version: 'hairseg-test',
      backend: 'wasm',
    });
    expect(result.fallbackReason).toBeUndefined();
    expect(result.hairCoveragePct).toBeGreaterThan(15);
    expect(result.hairCoveragePct).toBeLessThan(25);
    expect(result.hairProbability).toHaveLength(result.widthPx * result.heightPx);
    expect(result.maskPng?.type).toBe('image/png');
    // The model loads once: a second job reports no new loading stage.
    const again: string[] = [];
    await api.analyze({ jobId: 'b', image: await stripedJpeg(), method: 'model' }, (p) =>
      again.push(p.stage),
    );
    expect(again).not.toContain('loading');
  });

  it('falls back to the classical method when the model file is missing, and says so', async () => {
    const api = createAnalysisApi(nodeAnalysisDeps({ modelPath: '/nonexistent/hairseg.onnx' }));
    const info = await api.prepare();
    expect(info.model?.name).toBe('classical');
    expect(info.fallbackReason).toMatch(/Model unavailable/);
    const result = await api.analyze({ jobId: 'c', image: await stripedJpeg(), method: 'model' });
    expect(result.model).toMatchObject({ name: 'classical', backend: 'opencv' });
    expect(result.fallbackReason).toMatch(/Model unavailable/);
    expect(result.hairCoveragePct).toBeGreaterThan(10);
    expect(result.hairCoveragePct).toBeLessThan(30);
  });

  it('runs the classical method on request without a fallback reason', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair()));
    const result = await api.analyze({
      jobId: 'd',
      image: await stripedJpeg(),
      method: 'classical',
    });
    expect(result.model.name).toBe('classical');
    expect(result.fallbackReason).toBeUndefined();
  });

  it("draws the mask at the model card's hair threshold", async () => {
    const request = { image: await stripedJpeg(), method: 'model', wantMaskPng: true } as const;
    const plain = createAnalysisApi(fakeModelDeps(undecided));
    expect(await maskValues((await plain.analyze({ ...request, jobId: 'p' })).maskPng)).toEqual(
      new Set([0]),
    );
    const quality = {
      coverageErrorP90Pp: 5,
      uncertainPctWarn: 20,
      measuredOn: 'test',
      hairThreshold: 0.4,
    };
    const tuned = createAnalysisApi(fakeModelDeps(undecided, { ...META, quality }));
    expect(await maskValues((await tuned.analyze({ ...request, jobId: 't' })).maskPng)).toEqual(
      new Set([255]),
    );
  });

  it("reads coverage at the model card's temperature, the undecided share at none", async () => {
    const request = { image: await stripedJpeg(), method: 'model', jobId: 'c' } as const;
    const raw = await createAnalysisApi(fakeModelDeps(undecided)).analyze(request);
    // Every pixel is 0.45 hair / 0.35 skin / 0.2 background.
    expect(raw.hairCoveragePct).toBeCloseTo((100 * 0.45) / 0.8, 3);
    const quality = {
      coverageErrorP90Pp: 5,
      uncertainPctWarn: 20,
      measuredOn: 'test',
      coverageTemperature: 0.5,
    };
    const sharp = await createAnalysisApi(fakeModelDeps(undecided, { ...META, quality })).analyze(
      request,
    );
    expect(sharp.hairCoveragePct).toBeCloseTo((100 * 0.2025) / (0.2025 + 0.1225), 3);
    expect(sharp.quality.uncertainPct).toBe(raw.quality.uncertainPct);
    expect(sharp.quality.uncertainPct).toBe(100);
  });

  it('counts the hairs of a close-up when asked, at the size it analysed', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair()));
    // Eight dark shafts 10 px wide across a 300 × 200 frame.
    const image = await stripedJpeg(300, 200, 40, 10);
    const counted = await api.analyze({ jobId: 'n', image, method: 'model', countHairs: true });
    expect(counted.hairCount).toMatchObject({
      hairs: 8,
      analysisWidthPx: 300,
      analysisHeightPx: 200,
    });
    // The width estimate corrects for strands at random angles (shaftScale.ts): it reads axis-
    // aligned bars 4/π too wide.
    expect(counted.hairCount?.shaftWidthPx).toBeGreaterThan(10);
    expect(counted.hairCount?.shaftWidthPx).toBeLessThan(15);
    const plain = await api.analyze({ jobId: 'm', image, method: 'model' });
    expect(plain.hairCount).toBeUndefined();
  });

  it('counts a close-up larger than the count photo on a copy of that size', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair()));
    // Sixteen dark shafts 24 px wide across 1,600 × 400: the copy is 1,024 × 256 (countPhoto.ts).
    const image = await stripedJpeg(1600, 400, 100, 24);
    const details: (string | undefined)[] = [];
    const counted = await api.analyze(
      { jobId: 'l', image, method: 'model', countHairs: true },
      (progress) => details.push(progress.detail),
    );
    expect(counted.widthPx).toBe(1600);
    // The viewer's progress, and the Chromium bench's count row, time the copy from this report.
    expect(details).toContain(COUNT_COPY_PROGRESS_DETAIL);
    expect(counted.hairCount).toMatchObject({
      hairs: 16,
      analysisWidthPx: 1024,
      analysisHeightPx: 256,
    });
    // The shafts measured on the copy: 24 px × 0.64, read 4/π too wide (as above).
    expect(counted.hairCount?.shaftWidthPx).toBeGreaterThan(14);
    expect(counted.hairCount?.shaftWidthPx).toBeLessThan(22);
  });

  it('flags a blurred photo out of focus, but not a close-up, whose wide shafts survive blur', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair()));
    const sharpPhoto = Buffer.from(await (await stripedJpeg(300, 200, 40, 10)).arrayBuffer());
    const blurred = await sharp(sharpPhoto).blur(5).png().toBuffer();
    const image = new Blob([new Uint8Array(blurred)], { type: 'image/png' });
    const plain = await api.analyze({ jobId: 'b', image, method: 'model' });
    expect(plain.quality.edgeSharpness).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
    const closeUp = await api.analyze({ jobId: 'c', image, method: 'model', countHairs: true });
    expect(closeUp.quality.edgeSharpness).toBeUndefined();
  });

  it('aborts a running job between tiles and keeps serving later jobs', async () => {
    const api = createAnalysisApi(fakeModelDeps(darkIsHair(20)));
    const image = await stripedJpeg(400, 300);
    const running = api.analyze({ jobId: 'slow', image, method: 'model' }, (p) => {
      if (p.stage === 'running' && (p.fraction ?? 0) > 0) api.abort('slow');
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    const next = await api.analyze({ jobId: 'next', image, method: 'model' });
    expect(next.hairCoveragePct).toBeGreaterThan(0);
  });
});
