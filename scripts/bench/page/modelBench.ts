// Browser side of the model bench (scripts/bench/modelBrowser.ts): exposes timing functions on
// window.trichotrackModelBench. `tileTiming` runs ort on this page's main thread with an
// explicit thread count (ort fixes the count at its first session, so each count gets a fresh
// page); `passTiming` runs a whole multi-tile pass; `workerRun` goes through the app's real
// client → worker → model path.
import { AnalysisClient } from '../../../src/analysis/client/analysisClient';
import { COUNT_COPY_PROGRESS_DETAIL } from '../../../src/analysis/worker/analysisApi';
import { classicalSegment } from '../../../src/analysis/worker/classical';
import { parseModelMeta } from '../../../src/analysis/worker/modelMeta';
import { loadCv } from '../../../src/analysis/worker/opencvLoader';
import { createBrowserOrtModel } from '../../../src/analysis/worker/ortBrowser';
import { modelPass } from '../../../src/analysis/worker/segmenter';
import { probeShafts } from '../../../src/analysis/worker/shaftRulePass';
import { benchTile, medianMs, timedRuns } from '../../node/benchTiles';

const TILE_PX = 512;
const PHOTO_WIDTH_PX = 2048;
const PHOTO_HEIGHT_PX = 1536;
const PROBE_RUNS = 5;
/** As in Node (scripts/bench/model.ts): the loops around the network need a few calls to optimise. */
const TILE_WARMUPS = 5;

async function fetchModel() {
  const [model, card] = await Promise.all([
    fetch('/models/hairseg.onnx'),
    fetch('/models/hairseg.json'),
  ]);
  if (!model.ok || !card.ok) throw new Error('model files not served');
  return {
    bytes: new Uint8Array(await model.arrayBuffer()),
    meta: parseModelMeta(await card.json()),
  };
}

/** The bench's synthetic RGB photo of the given size (dark bars on skin with noise). */
function benchImage(widthPx: number, heightPx: number) {
  return { widthPx, heightPx, channels: 3 as const, data: benchTile(widthPx, heightPx) };
}

/** One analysis through the worker, with the count's own share when the worker reads a copy. */
async function timedAnalysis(client: AnalysisClient, blob: Blob, countHairs: boolean) {
  const stages: string[] = [];
  // When the worker starts reading the count's smaller copy (analysisApi.ts countHairsOf): from
  // there to the result is the count's own cost, the copy's segmentation and the counter.
  let countStartedAt: number | undefined;
  const started = performance.now();
  const result = await client.analyze(blob, {
    countHairs,
    onProgress: (p) => {
      if (stages.at(-1) !== p.stage) stages.push(p.stage);
      if (countStartedAt === undefined && p.detail === COUNT_COPY_PROGRESS_DETAIL)
        countStartedAt = performance.now();
    },
  });
  const finished = performance.now();
  return {
    ms: finished - started,
    countStageMs: countStartedAt === undefined ? undefined : finished - countStartedAt,
    stages,
    result,
  };
}

const api = {
  async tileTiming(numThreads: number, runs: number) {
    const { bytes, meta } = await fetchModel();
    const started = performance.now();
    const model = await createBrowserOrtModel(bytes, meta, { numThreads, allowWebGpu: false });
    const loadMs = performance.now() - started;
    const image = benchImage(TILE_PX, TILE_PX);
    // The per-tile work alone; the once-per-photo wide-shaft probe is timed on its own, on an
    // RGBA photo as the worker's decoder gives it.
    const pass = modelPass(model);
    const msPerTile = await medianMs(() => pass(image), runs, TILE_WARMUPS);
    const rgb = benchImage(PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX).data;
    const rgba = new Uint8Array(PHOTO_WIDTH_PX * PHOTO_HEIGHT_PX * 4);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgba[i] = rgb[j]!;
      rgba[i + 1] = rgb[j + 1]!;
      rgba[i + 2] = rgb[j + 2]!;
      rgba[i + 3] = 255;
    }
    const photo = {
      widthPx: PHOTO_WIDTH_PX,
      heightPx: PHOTO_HEIGHT_PX,
      channels: 4 as const,
      data: rgba,
    };
    const probeMs = await medianMs(() => probeShafts(photo, pass), PROBE_RUNS, 1);
    await model.release();
    return {
      backend: model.backend,
      numThreads,
      crossOriginIsolated: self.crossOriginIsolated,
      loadMs,
      warmupMs: model.warmupMs,
      msPerTile,
      probeMs,
      version: meta.version,
    };
  },

  async passTiming(runs: number) {
    const { bytes, meta } = await fetchModel();
    const model = await createBrowserOrtModel(bytes, meta, { numThreads: 1, allowWebGpu: false });
    const image = benchImage(PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX);
    const pass = modelPass(model);
    const tiles = pass.start(image).tiles.length;
    // The network call alone on the same page, on a blank tile after 60 warm-up calls.
    const blank = new Float32Array(3 * TILE_PX * TILE_PX);
    const runTile = await timedRuns(() => model.runTile(blank, TILE_PX, TILE_PX), 10, 60);
    const timing = await timedRuns(() => pass(image), runs, 1);
    await model.release();
    return { backend: model.backend, tiles, ...timing, runTileMs: runTile.timesMs };
  },

  async classicalTiming(runs: number) {
    const cv = await loadCv();
    const image = benchImage(TILE_PX, TILE_PX);
    return { msPerTile: await medianMs(() => classicalSegment(cv, image), runs) };
  },

  /**
   * `countHairs`: analyse it as a trichoscopy close-up, as the viewer does, count included; then
   * a first, untimed run loads the counting network (the worker loads it at its first count), and
   * its count's share is kept apart as the cold figure.
   */
  async workerRun(imageUrl: string, countHairs = false) {
    const blob = await (await fetch(imageUrl)).blob();
    const client = new AnalysisClient();
    const prepareStarted = performance.now();
    const info = await client.prepare();
    const prepareMs = performance.now() - prepareStarted;
    const cold = countHairs ? await timedAnalysis(client, blob, true) : undefined;
    const { ms, countStageMs, stages, result } = await timedAnalysis(client, blob, countHairs);
    client.dispose();
    return {
      info,
      prepareMs,
      ms,
      countStageMs,
      coldCountStageMs: cold?.countStageMs,
      hairCount: result.hairCount,
      stages,
      model: result.model,
      fallbackReason: result.fallbackReason,
      widthPx: result.widthPx,
      heightPx: result.heightPx,
      hairCoveragePct: result.hairCoveragePct,
      analysedAtScale: result.quality?.analysedAtScale,
      noiseSigma: result.quality?.noiseSigma,
    };
  },
};

declare global {
  interface Window {
    trichotrackModelBench: typeof api;
  }
}

window.trichotrackModelBench = api;
