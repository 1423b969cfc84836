// Bench rows for the segmentation model and the classical baseline in Node (the app's wasm
// path, one thread: Node 20 has no web Worker, so ort's wasm threads cannot start here; the
// multi-thread rows come from modelBrowser.ts). BENCH_MODEL_PATH / BENCH_CARD_PATH override
// the model files (default: public/models/hairseg.{onnx,json}).
import { classicalSegment } from '../../src/analysis/worker/classical';
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import { modelPass, modelSegmenter } from '../../src/analysis/worker/segmenter';
import { hairRidgeScale } from '../../src/analysis/worker/ridgeScale';
import { probeShafts, runRidgeSample } from '../../src/analysis/worker/shaftRulePass';
import { skinNoiseSigma, gaussianSmooth, NOISE_RULE } from '../../src/analysis/worker/photoNoise';
import { blownOutShare } from '../../src/analysis/worker/photoExposure';
import { scalpFocus } from '../../src/analysis/worker/photoFocus';
import { OUT_OF_FOCUS_EDGE_SHARPNESS } from '../../src/analysis/worker/readingQuality';
import { fillTileInput } from '../../src/analysis/worker/preprocess';
import { BENCH_GRAIN, benchTile, medianMs, timedRuns } from '../node/benchTiles';
import {
  DEFAULT_CARD_PATH,
  DEFAULT_MODEL_PATH,
  createNodeOrtModel,
  readModelFiles,
} from '../node/ort';
import type { BenchRow } from './lib/types';

const TILE_PX = 512;
const RUNS = 7;
/**
 * Warm-up tiles before the model tile row: the per-pixel loops around the network need a few
 * calls before V8 optimises them, and a photo is 20 tiles, so the steady state is what the app
 * sees after its first tile.
 */
const MODEL_TILE_RUNS = 15;
const MODEL_TILE_WARMUPS = 5;
const PHOTO_RUNS = 3;
/** Whole 20-tile passes timed for the per-tile path in a pass. */
const PASS_RUNS = 5;
const PROBE_RUNS = 5;

function rssMiB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

async function modelRows(): Promise<BenchRow[]> {
  const modelPath = process.env.BENCH_MODEL_PATH ?? DEFAULT_MODEL_PATH;
  const cardPath = process.env.BENCH_CARD_PATH ?? DEFAULT_CARD_PATH;
  let files;
  try {
    files = await readModelFiles(modelPath, cardPath);
  } catch (error) {
    console.error(`model bench skipped: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const { meta } = files;
  const label = `${meta.version} (${(files.bytes.length / 2 ** 20).toFixed(2)} MiB)`;
  const rssBefore = rssMiB();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMiB());
  }, 5);
  try {
    const started = performance.now();
    const model = await createNodeOrtModel(files.bytes, meta, 1);
    const loadMs = performance.now() - started;
    const pixels = benchTile(TILE_PX, TILE_PX);
    const image = { widthPx: TILE_PX, heightPx: TILE_PX, channels: 3 as const, data: pixels };
    // The photo row's segmenter also samples RSS after every tile: the 5-ms interval above only
    // fires when the event loop is free, which a run of wasm tiles awaiting settled promises
    // never leaves it, so alone it saw little more than the start and the end.
    const segmenter = modelSegmenter({
      ...model,
      runTile: async (input, w, h) => {
        const logits = await model.runTile(input, w, h);
        rssPeak = Math.max(rssPeak, rssMiB());
        return logits;
      },
    });
    // The tile row is the per-tile work alone; the wide-shaft probe is once per photo and has
    // its own row below (on a one-tile photo the probe is the analysis itself).
    const pass = modelPass(model);
    const tile = await timedRuns(() => pass(image), MODEL_TILE_RUNS, MODEL_TILE_WARMUPS);
    const tileMs = tile.medianMs;
    // The network alone (session.run and its tensors), on the same tile already normalised: the
    // part of the tile row the ≤ 25 ms target was set for, beside the JavaScript around it.
    const input = new Float32Array(3 * TILE_PX * TILE_PX);
    fillTileInput(
      image,
      { x: 0, y: 0, width: TILE_PX, height: TILE_PX },
      meta.mean,
      meta.std,
      input,
      meta.pixelBlock ?? 1,
    );
    const run = await timedRuns(
      () => model.runTile(input, TILE_PX, TILE_PX),
      MODEL_TILE_RUNS,
      MODEL_TILE_WARMUPS,
    );
    // A whole analysis-scale photo: 2048×1536 = 20 tiles with 64 px overlap.
    const photo = {
      widthPx: 2048,
      heightPx: 1536,
      channels: 3 as const,
      data: benchTile(2048, 1536),
    };
    // The per-tile path as a photo pays it: one pass of the photo's 20 tiles (normalise,
    // network, blend, and the pass's own buffers), divided by its tile count. The one-tile row
    // above also pays a whole pass's allocation and final blend for its single tile.
    const passTiles = pass.start(photo).tiles.length;
    const photoPass = await timedRuns(() => pass(photo), PASS_RUNS, 1);
    let photoProbs: Awaited<ReturnType<typeof segmenter.segment>> | undefined;
    const photoMs = await medianMs(
      async () => {
        photoProbs = await segmenter.segment(photo);
      },
      PHOTO_RUNS,
      0,
    );
    // The same photo with the grain the bench had before stop 23, above the noise rule's
    // threshold: the app reads it twice.
    const grainyPhoto = { ...photo, data: benchTile(2048, 1536, BENCH_GRAIN.grainy) };
    let grainyProbs: Awaited<ReturnType<typeof segmenter.segment>> | undefined;
    const grainyMs = await medianMs(
      async () => {
        grainyProbs = await segmenter.segment(grainyPhoto);
      },
      PHOTO_RUNS,
      0,
    );
    const probeMs = await medianMs(() => probeShafts(photo, pass), PROBE_RUNS, 1);
    // The ridge scale on what the app reads it on: the two sampled tiles' hair.
    const sampledHair = await runRidgeSample(pass.start(photo), await probeShafts(photo, pass));
    const ridgeMs = await medianMs(() => hairRidgeScale(photo, sampledHair), PROBE_RUNS, 1);
    // The app's photo ends here: the noise rows below time parts of it again, and their arrays
    // do not count in the peak.
    rssPeak = Math.max(rssPeak, rssMiB());
    const photoRssPeak = rssPeak;
    // The noise rule: its estimate (on the first reading's skin) runs on every photo, the
    // smoothing and second reading only on grainy ones.
    const photoRead = photoProbs!;
    const photoNoise = skinNoiseSigma(photo, photoRead);
    const noiseMs = await medianMs(() => skinNoiseSigma(photo, photoRead), PROBE_RUNS, 1);
    const blownOutMs = await medianMs(() => blownOutShare(photo, photoRead), PROBE_RUNS, 1);
    const focusMs = await medianMs(() => scalpFocus(photo, photoRead), PROBE_RUNS, 1);
    const smoothMs = await medianMs(
      () => gaussianSmooth(photo, NOISE_RULE.blurSigmaPx),
      PROBE_RUNS,
      1,
    );
    const rescale = photoRead.shaftRescale;
    const rest = rescale
      ? `here its hair reads ${rescale.kind === 'thin' ? `thin (ridge scale ${rescale.ridgeSigmaPx.toFixed(2)} px)` : 'wide'}, so instead a second pass at ${rescale.factor.toFixed(2)}× its size`
      : 'here the other 18 tiles';
    // The photo rows say when the noise rule read a photo again: the clean photo should not
    // (its grain is under the threshold), the grainy one should.
    const noiseNote = (read: typeof photoRead | undefined): string => {
      const smoothed = read?.noiseSmoothing;
      return smoothed
        ? `; then, as its skin reads ${smoothed.noiseSigma.toFixed(1)} grey levels of noise, the noise rule reads it all again from a smoothed copy (the passes named are the second reading's)`
        : '; the noise rule does not read it again';
    };
    const grainyRescale = grainyProbs?.shaftRescale;
    rssPeak = Math.max(rssPeak, rssMiB());
    await model.release();
    return [
      {
        name: 'model.node.loadMs',
        value: Math.round(loadMs + model.warmupMs),
        unit: 'ms',
        notes: `${label}: InferenceSession.create (${loadMs.toFixed(0)} ms) + one warm-up ${meta.inputSize}² tile (${model.warmupMs.toFixed(0)} ms); onnxruntime-web wasm in Node, 1 thread; file already read into memory.`,
      },
      {
        name: 'model.node.wasm1.msPerTile',
        value: Math.round(tileMs),
        unit: 'ms',
        notes: `${label}: one 512×512 tile through the shared segmentation core (normalise + session.run + softmax/blend; the once-per-photo wide-shaft probe is in the photo rows), median of ${MODEL_TILE_RUNS} after ${MODEL_TILE_WARMUPS} warm-ups, fastest ${tile.minMs.toFixed(1)} ms; wasm, 1 thread, Node.`,
      },
      {
        name: 'model.node.wasm1.runTileMs',
        value: Math.round(run.medianMs),
        unit: 'ms',
        notes: `${label}: the network alone on that tile (OrtModel.runTile: tensor in, session.run, logits out; no normalise or blend), median of ${MODEL_TILE_RUNS} after ${MODEL_TILE_WARMUPS} warm-ups, fastest ${run.minMs.toFixed(1)} ms; wasm, 1 thread, Node.`,
      },
      {
        name: 'model.node.wasm1.passMsPerTile2048x1536',
        value: Math.round(photoPass.medianMs / passTiles),
        unit: 'ms',
        notes: `${label}: the per-tile path inside one model pass over the 2048×1536 photo (normalise, session.run, softmax/blend, the pass's buffers and final blend), pass time / its ${passTiles} tiles; median pass ${photoPass.medianMs.toFixed(0)} ms of ${PASS_RUNS} after 1 warm-up, fastest ${(photoPass.minMs / passTiles).toFixed(1)} ms per tile; wasm, 1 thread, Node.`,
      },
      {
        name: 'model.node.wasm1.msPerPhoto2048x1536',
        value: Math.round(photoMs),
        unit: 'ms',
        notes: `${label}: whole 2048×1536 analysis-scale image (grain ±${BENCH_GRAIN.clean}) through the app's segmenter: the wide-shaft probe (next row); of its 20 tiles of 512² (≥64 px overlap) the two holding most of the probe's hair, and the ridge scale on them (row after); then the other 18 tiles, or a second pass at another size: ${rest}${noiseNote(photoRead)}; wasm 1 thread, Node, median of ${PHOTO_RUNS}.`,
      },
      {
        name: 'model.node.wasm1.msPerGrainyPhoto2048x1536',
        value: Math.round(grainyMs),
        unit: 'ms',
        notes: `${label}: the same photo with grain ±${BENCH_GRAIN.grainy} (σ ≈ 8.7, the bench photo of stop 22) through the app's segmenter${grainyRescale ? ` (its hair reads ${grainyRescale.kind}, ${grainyRescale.factor.toFixed(2)}×)` : ''}${noiseNote(grainyProbs)}; wasm 1 thread, Node, median of ${PHOTO_RUNS}.`,
      },
      {
        name: 'model.node.wasm1.shaftProbeMs2048x1536',
        value: Math.round(probeMs),
        unit: 'ms',
        notes: `${label}: the wide-shaft probe alone on that photo (block-mean copy to 512×384, one model pass, width from area and outline), part of the photo row; median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.ridgeScaleMs2048x1536',
        value: Math.round(ridgeMs),
        unit: 'ms',
        notes: `${label}: the thin-shaft rule's ridge scale alone on that photo (luminance, 12 Gaussian scales at up to 4,000 hair pixels of the two sampled tiles), part of the photo row; median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.noiseEstimateMs2048x1536',
        value: Math.round(noiseMs),
        unit: 'ms',
        notes: `the noise rule's estimate alone on that photo (luma, Immerkær residual on the pixels its reading calls skin, median by histogram), part of the photo row; it reads ${photoNoise === undefined ? 'nothing (too few skin pixels)' : `${photoNoise.toFixed(1)} grey levels`} there (read again smoothed above ${NOISE_RULE.thresholdSigma}); median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.blownOutMs2048x1536',
        value: Math.round(blownOutMs),
        unit: 'ms',
        notes: `the blown-out share of the scalp alone on that photo (luma, then the share of the reading's hair + skin ≥ 0.5 at luma ≥ 250), which every reading measures, part of the photo row; it reads ${photoRead.blownOut ? `${photoRead.blownOut.scalpPct.toFixed(1)} %` : 'no scalp'} there; median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.focusMs2048x1536',
        value: Math.round(focusMs),
        unit: 'ms',
        notes: `the out-of-focus check alone on that photo (luma rows, histograms of 1-px and 8-px steps where the reading's hair + skin ≥ 0.5, both axes), which every reading measures, part of the photo row; its edge sharpness reads ${photoRead.focus ? photoRead.focus.edgeSharpness.toFixed(3) : 'nothing (no scalp)'} there (flagged at or below ${OUT_OF_FOCUS_EDGE_SHARPNESS}); median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.noiseSmoothMs2048x1536',
        value: Math.round(smoothMs),
        unit: 'ms',
        notes: `the noise rule's Gaussian smoothing (σ ${NOISE_RULE.blurSigmaPx} px, separable, RGB) on that photo, which only a grainy photo pays, before its second reading (the grainy-photo row's does); median of ${PROBE_RUNS} after 1 warm-up.`,
      },
      {
        name: 'model.node.rssPeakDeltaMiB',
        value: Math.round(photoRssPeak - rssBefore),
        unit: 'MiB',
        notes: `${label}: Node process RSS (process.memoryUsage().rss, sampled every 5 ms and after each tile of the photo) peak minus RSS before creating the session; covers session creation, the tile runs and the 2048×1536 photo rows (clean and grainy: the grainy one is read twice). Includes wasm heap growth, which never shrinks.`,
      },
    ];
  } finally {
    clearInterval(sampler);
  }
}

async function classicalRows(): Promise<BenchRow[]> {
  const rssBefore = rssMiB();
  const started = performance.now();
  const cv = await loadCv();
  const loadMs = performance.now() - started;
  const tile = {
    widthPx: TILE_PX,
    heightPx: TILE_PX,
    channels: 3 as const,
    data: benchTile(TILE_PX, TILE_PX),
  };
  const tileMs = await medianMs(() => classicalSegment(cv, tile), RUNS);
  const photo = {
    widthPx: 2048,
    heightPx: 1536,
    channels: 3 as const,
    data: benchTile(2048, 1536),
  };
  const photoMs = await medianMs(() => classicalSegment(cv, photo), 3);
  const rssDelta = rssMiB() - rssBefore;
  return [
    {
      name: 'classical.node.loadMs',
      value: Math.round(loadMs),
      unit: 'ms',
      notes:
        'opencv.js (@opencvjs/web, ~13 MB inlined wasm) import + compile in Node, first load in this process.',
    },
    {
      name: 'classical.node.msPerTile',
      value: Math.round(tileMs),
      unit: 'ms',
      notes: `Classical baseline on one 512×512 image (CLAHE, black-hat/top-hat at 7 and 17 px, Otsu, speck removal, skin colour), median of ${RUNS} after 1 warm-up; opencv.js wasm, single-threaded build, Node.`,
    },
    {
      name: 'classical.node.msPerPhoto2048x1536',
      value: Math.round(photoMs),
      unit: 'ms',
      notes:
        'Classical baseline on a whole 2048×1536 image (it runs untiled), median of 3 after 1 warm-up, Node.',
    },
    {
      name: 'classical.node.rssDeltaMiB',
      value: Math.round(rssDelta),
      unit: 'MiB',
      notes:
        'Node process RSS after loading opencv.js and running the classical rows minus RSS before (end-of-run delta, not a sampled peak).',
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  // Classical first: its rows do not depend on the model file existing.
  const classical = await classicalRows();
  return [...(await modelRows()), ...classical];
}
