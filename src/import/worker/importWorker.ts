// Import worker entry: exposes ImportWorkerApi over Comlink. All decoding, hashing and
// encoding happens here so a batch of 48 MP photos never blocks the UI thread.
import * as Comlink from 'comlink';
import type { DeriveStage, ImportWorkerApi, InspectedFile } from '../protocol';
import { deriveImages } from './derive';
import { inspectFile } from './inspect';

const api: ImportWorkerApi = {
  inspect: (file: Blob) => inspectFile(file),
  derive: async (file: Blob, inspected: InspectedFile, onStage?: (stage: DeriveStage) => void) => {
    try {
      return await deriveImages(file, inspected, (stage) => {
        // Fire and forget: the proxied callback returns a promise we do not need to await.
        void onStage?.(stage);
      });
    } finally {
      // The callback arrives as a Comlink proxy holding a MessagePort; release it per call.
      (onStage as Comlink.Remote<unknown> | undefined)?.[Comlink.releaseProxy]();
    }
  },
};

Comlink.expose(api);
