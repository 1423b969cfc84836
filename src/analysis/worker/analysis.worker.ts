// Worker entry: wires the browser pieces (fetch, ort build choice, canvas codecs) into the
// analysis API and exposes it with Comlink. Everything testable lives in analysisApi.ts.
import * as Comlink from 'comlink';
import type { AnalysisWorkerApi } from '../protocol';
import { createAnalysisApi } from './analysisApi';
import { decodeBlobToPixels, encodeMaskPng, fetchModelFiles } from './browserImage';
import { parseModelMeta } from './modelMeta';
import { loadCv } from './opencvLoader';
import { parseCountModelCard } from './countModel';
import { browserThreadCount, createBrowserCountModel, createBrowserOrtModel } from './ortBrowser';

const modelBase = `${import.meta.env.BASE_URL}models/`;

const api = createAnalysisApi({
  loadModelFiles: async () => {
    const { bytes, card } = await fetchModelFiles(
      `${modelBase}hairseg.onnx`,
      `${modelBase}hairseg.json`,
    );
    return { bytes, meta: parseModelMeta(card) };
  },
  createModel: (bytes, meta) => createBrowserOrtModel(bytes, meta),
  loadCountModel: async () => {
    const { bytes, card } = await fetchModelFiles(
      `${modelBase}haircount.onnx`,
      `${modelBase}haircount.json`,
    );
    return createBrowserCountModel(bytes, parseCountModelCard(card));
  },
  loadCv,
  decode: decodeBlobToPixels,
  encodeMaskPng,
  numThreads: browserThreadCount(),
  crossOriginIsolated: self.crossOriginIsolated,
});

// The hair probability buffer is transferred, not copied (STYLE.md rule 4).
const exposed: AnalysisWorkerApi = {
  ...api,
  async analyze(request, onProgress) {
    const result = await api.analyze(request, onProgress);
    return Comlink.transfer(result, [result.hairProbability.buffer]);
  },
};

Comlink.expose(exposed);
