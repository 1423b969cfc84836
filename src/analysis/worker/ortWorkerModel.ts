// The model for the analysis worker: in its own inference worker when one starts, so the
// segmentation core's pipeline overlaps the network with the JavaScript around it (on two
// cores: bench row model.chromium.ownWorker.passMsPerTile2048x1536); on this thread otherwise.
import * as Comlink from 'comlink';
import type { InferenceWorkerApi } from './inferenceApi';
import type { ModelMeta } from './modelMeta';
import type { OrtModel } from './ortModel';
import { createBrowserOrtModel } from './ortBrowser';
import { createRemoteOrtModel } from './remoteOrtModel';

export async function createWorkerOrtModel(bytes: Uint8Array, meta: ModelMeta): Promise<OrtModel> {
  try {
    const worker = new Worker(new URL('./inference.worker.ts', import.meta.url), {
      type: 'module',
      name: 'trichotrack-inference',
    });
    const failed = new Promise<never>((_resolve, reject) => {
      worker.addEventListener('error', (event) => {
        reject(new Error(`inference worker failed: ${event.message || 'could not start'}`));
      });
    });
    failed.catch(() => undefined);
    // The model bytes are copied, not transferred: the caller may still need them below.
    return await createRemoteOrtModel(
      Comlink.wrap<InferenceWorkerApi>(worker),
      bytes,
      meta,
      failed,
      () => worker.terminate(),
    );
  } catch (error) {
    // No nested workers, or the session could not start there: the same model on this thread
    // reads the same numbers, only without the overlap. If it fails here too, the caller falls
    // back to the classical method with this thread's reason.
    console.warn('inference worker unavailable, running the model in the analysis worker', error);
    return createBrowserOrtModel(bytes, meta);
  }
}
