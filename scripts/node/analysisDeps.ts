// The analysis API's environment pieces for Node: model files from disk, ort wasm, sharp for
// Blob decoding and PNG encoding. Lets tests and the bench drive the exact API object the
// worker exposes, without a Worker.
import sharp from 'sharp';
import type { AnalysisApiDeps } from '../../src/analysis/worker/analysisApi';
import { loadCv } from '../../src/analysis/worker/opencvLoader';
import { decodeBytesForAnalysis } from './decode';
import { DEFAULT_CARD_PATH, DEFAULT_MODEL_PATH, createNodeOrtModel, readModelFiles } from './ort';

export interface NodeDepsOptions {
  modelPath?: string;
  cardPath?: string;
  numThreads?: number;
}

export function nodeAnalysisDeps(options: NodeDepsOptions = {}): AnalysisApiDeps {
  const numThreads = options.numThreads ?? 1;
  return {
    loadModelFiles: () =>
      readModelFiles(
        options.modelPath ?? DEFAULT_MODEL_PATH,
        options.cardPath ?? DEFAULT_CARD_PATH,
      ),
    createModel: (bytes, meta) => createNodeOrtModel(bytes, meta, numThreads),
    loadCv,
    decode: async (blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // Blobs carry a MIME type, not a name: map HEIC's so the right decoder is picked.
      const name = /hei[cf]/i.test(blob.type) ? 'blob.heic' : 'blob';
      return (await decodeBytesForAnalysis(bytes, name)).image;
    },
    encodeMaskPng: async (mask, widthPx, heightPx) => {
      const png = await sharp(Buffer.from(mask.buffer, mask.byteOffset, mask.byteLength), {
        raw: { width: widthPx, height: heightPx, channels: 1 },
      })
        .toColourspace('b-w')
        .png()
        .toBuffer();
      return new Blob([new Uint8Array(png)], { type: 'image/png' });
    },
    numThreads,
    crossOriginIsolated: false,
  };
}
