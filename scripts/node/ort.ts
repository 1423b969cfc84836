// onnxruntime-web in Node, for eval, the segment CLI, the bench and the tests: the same wasm
// build the browser falls back to, so Node numbers describe the app's wasm path.
import { readFile } from 'node:fs/promises';
import {
  createCountModel,
  parseCountModelCard,
  type CountModel,
} from '../../src/analysis/worker/countModel';
import {
  loadHairCounter,
  type LoadedHairCounter,
} from '../../src/analysis/worker/learnedHairCount';
import { parseModelMeta, type ModelMeta } from '../../src/analysis/worker/modelMeta';
import { createOrtModel, type OrtModel, type OrtModule } from '../../src/analysis/worker/ortModel';

export const DEFAULT_MODEL_PATH = 'public/models/hairseg.onnx';
export const DEFAULT_CARD_PATH = 'public/models/hairseg.json';

let ortModule: Promise<OrtModule> | null = null;

/**
 * Imports `onnxruntime-web/wasm` once. Under Node ESM ort cannot pick a thread count itself
 * ("no available backend found"), so it is set here before the first session. Node 20 has no
 * web `Worker` global, so ort's wasm threads cannot start there either: more than one thread
 * fails the same way. Multi-thread figures come from the browser (scripts/bench/modelBrowser.ts).
 */
export function loadNodeOrt(numThreads: number = 1): Promise<OrtModule> {
  ortModule ??= import('onnxruntime-web/wasm').then((ort) => {
    ort.env.wasm.numThreads = numThreads;
    ort.env.logLevel = 'error';
    return ort;
  });
  return ortModule;
}

export async function readModelFiles(
  modelPath: string = DEFAULT_MODEL_PATH,
  cardPath: string = DEFAULT_CARD_PATH,
): Promise<{ bytes: Uint8Array; meta: ModelMeta }> {
  const [bytes, card] = await Promise.all([readFile(modelPath), readFile(cardPath, 'utf8')]);
  return { bytes: new Uint8Array(bytes), meta: parseModelMeta(JSON.parse(card)) };
}

export async function createNodeOrtModel(
  bytes: Uint8Array,
  meta: ModelMeta,
  numThreads?: number,
): Promise<OrtModel> {
  return createOrtModel(await loadNodeOrt(numThreads), bytes, meta, 'wasm');
}

export const DEFAULT_COUNT_MODEL_PATH = 'public/models/haircount.onnx';
export const DEFAULT_COUNT_CARD_PATH = 'public/models/haircount.json';

/** The learned hair counter's network from disk (it throws where it cannot load). */
export async function loadNodeCountModel(
  modelPath: string = DEFAULT_COUNT_MODEL_PATH,
  cardPath: string = DEFAULT_COUNT_CARD_PATH,
): Promise<CountModel> {
  const [bytes, card] = await Promise.all([readFile(modelPath), readFile(cardPath, 'utf8')]);
  return createCountModel(
    await loadNodeOrt(),
    new Uint8Array(bytes),
    parseCountModelCard(JSON.parse(card)),
  );
}

/** The learned hair counter from disk, else the rule counter with the reason (learnedHairCount.ts). */
export function loadNodeHairCounter(
  modelPath: string = DEFAULT_COUNT_MODEL_PATH,
  cardPath: string = DEFAULT_COUNT_CARD_PATH,
): Promise<LoadedHairCounter> {
  return loadHairCounter(() => loadNodeCountModel(modelPath, cardPath));
}
