// Inference worker entry (started by the analysis worker, ortWorkerModel.ts): the ort session
// lives here so that the network and the JavaScript around it run on two cores.
import * as Comlink from 'comlink';
import { createInferenceApi } from './inferenceApi';
import { createBrowserOrtModel } from './ortBrowser';

Comlink.expose(
  createInferenceApi({
    createModel: (bytes, meta) => createBrowserOrtModel(bytes, meta),
    transfer: (logits) => Comlink.transfer(logits, [logits.buffer]),
  }),
);
