// The analysis worker's side of the inference worker: an OrtModel whose tiles run in that
// worker. A tile's input is copied as it is posted (structured clone), so the segmentation
// core may refill its buffer once the call has returned; the logits come back transferred.
import type { InferenceWorkerApi } from './inferenceApi';
import type { ModelMeta } from './modelMeta';
import type { OrtModel } from './ortModel';

/** The inference worker's API as seen through an RPC proxy: every call resolves later. */
export type InferenceRemote = {
  [K in keyof InferenceWorkerApi]: (
    ...args: Parameters<InferenceWorkerApi[K]>
  ) => Promise<Awaited<ReturnType<InferenceWorkerApi[K]>>>;
};

/**
 * Loads the model in the remote worker. `failed` rejects if the worker itself dies (a script
 * that cannot load never answers a call), so the load cannot hang on it; `close` ends the
 * worker once the model is released.
 */
export async function createRemoteOrtModel(
  remote: InferenceRemote,
  bytes: Uint8Array,
  meta: ModelMeta,
  failed: Promise<never>,
  close: () => void,
): Promise<OrtModel> {
  try {
    const loaded = await Promise.race([remote.load(bytes, meta), failed]);
    return {
      meta,
      ...loaded,
      runTile: (input, widthPx, heightPx) =>
        Promise.race([remote.run(input, widthPx, heightPx), failed]),
      release: async () => {
        try {
          await Promise.race([remote.release(), failed]);
        } finally {
          close();
        }
      },
    };
  } catch (error) {
    close();
    throw error;
  }
}
