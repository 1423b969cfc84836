// The Node-side segmenter: the model from disk through onnxruntime-web/wasm, or the classical
// baseline (asked for, or as the fallback when the model files are missing).
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import {
  classicalSegmenter,
  loadSegmenter,
  type LoadedSegmenter,
} from '../../src/analysis/worker/segmenter';
import { DEFAULT_CARD_PATH, DEFAULT_MODEL_PATH, createNodeOrtModel, readModelFiles } from './ort';

export interface NodeSegmenterOptions {
  modelPath?: string;
  cardPath?: string;
  /** Use the classical baseline even when the model exists. */
  baseline?: boolean;
  numThreads?: number;
}

export async function loadNodeSegmenter(
  options: NodeSegmenterOptions = {},
): Promise<LoadedSegmenter> {
  if (options.baseline) return { segmenter: classicalSegmenter(await loadCv()) };
  return loadSegmenter({
    loadModelFiles: () =>
      readModelFiles(
        options.modelPath ?? DEFAULT_MODEL_PATH,
        options.cardPath ?? DEFAULT_CARD_PATH,
      ),
    createModel: (bytes, meta) => createNodeOrtModel(bytes, meta, options.numThreads),
    loadCv,
  });
}
