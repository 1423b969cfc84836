// The Node-side segmenter: the model from disk through onnxruntime-web/wasm, or the classical
// baseline (asked for, or as the fallback when the model files are missing).
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import {
  APP_RULES,
  classicalSegmenter,
  loadSegmenter,
  type LoadedSegmenter,
  type SegmenterRules,
} from '../../src/analysis/worker/segmenter';
import { DEFAULT_CARD_PATH, DEFAULT_MODEL_PATH, createNodeOrtModel, readModelFiles } from './ort';

export interface NodeSegmenterOptions {
  modelPath?: string;
  cardPath?: string;
  /** Use the classical baseline even when the model exists. */
  baseline?: boolean;
  numThreads?: number;
  /** Rules after the segmentation; the app's when absent. */
  rules?: SegmenterRules;
}

export async function loadNodeSegmenter(
  options: NodeSegmenterOptions = {},
): Promise<LoadedSegmenter> {
  const rules = options.rules ?? APP_RULES;
  if (options.baseline) return { segmenter: classicalSegmenter(await loadCv(), undefined, rules) };
  return loadSegmenter(
    {
      loadModelFiles: () =>
        readModelFiles(
          options.modelPath ?? DEFAULT_MODEL_PATH,
          options.cardPath ?? DEFAULT_CARD_PATH,
        ),
      createModel: (bytes, meta) => createNodeOrtModel(bytes, meta, options.numThreads),
      loadCv,
    },
    rules,
  );
}
