// The inference worker's contract and its body as a plain object (testable without a Worker):
// it holds the one onnxruntime session and runs tiles for the analysis worker, so that the
// JavaScript around the network (normalising the next tile, blending the last) runs in the
// analysis worker while the network runs here (segmentCore.ts's pipeline). Only this file is
// imported by both workers.
import type { ModelMeta } from './modelMeta';
import type { OrtBackend, OrtModel } from './ortModel';

export interface InferenceLoad {
  backend: OrtBackend;
  loadMs: number;
  warmupMs: number;
}

export interface InferenceWorkerApi {
  /** Creates and warms up the session; a second call replaces the first session. */
  load: (bytes: Uint8Array, meta: ModelMeta) => Promise<InferenceLoad>;
  /** One tile in the model's layout → its logits (segmentCore.ts TileRunner). */
  run: (input: Float32Array, widthPx: number, heightPx: number) => Promise<Float32Array>;
  release: () => Promise<void>;
}

export interface InferenceDeps {
  createModel: (bytes: Uint8Array, meta: ModelMeta) => Promise<OrtModel>;
  /** Marks the logits' buffer for transfer rather than copy (Comlink.transfer in the worker). */
  transfer: (logits: Float32Array) => Float32Array;
}

export function createInferenceApi(deps: InferenceDeps): InferenceWorkerApi {
  let model: OrtModel | undefined;
  return {
    async load(bytes, meta) {
      await model?.release();
      model = undefined;
      model = await deps.createModel(bytes, meta);
      return { backend: model.backend, loadMs: model.loadMs, warmupMs: model.warmupMs };
    },
    async run(input, widthPx, heightPx) {
      if (!model) throw new Error('inference worker: no model loaded');
      const logits = await model.runTile(input, widthPx, heightPx);
      // Transferring a view would hand over (and detach) whatever else shares its buffer.
      const own =
        logits.byteOffset === 0 && logits.byteLength === logits.buffer.byteLength
          ? logits
          : logits.slice();
      return deps.transfer(own);
    },
    async release() {
      await model?.release();
      model = undefined;
    },
  };
}
