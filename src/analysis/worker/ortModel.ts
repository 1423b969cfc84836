// One onnxruntime-web session for the hair segmentation model: created once from the model
// bytes, warmed up with one blank tile, then used as the segmentation core's TileRunner. It
// takes the ort module as an argument, so the browser (webgpu or wasm bundle) and Node (wasm)
// share this code and only differ in how they import ort.
import type * as Ort from 'onnxruntime-web';
import type { ModelMeta } from './modelMeta';
import type { TileRunner } from './segmentCore';

export type OrtModule = typeof Ort;

/** Execution backend that ran, as stored in AnalysisModelRef.backend. */
export type OrtBackend = 'webgpu' | 'wasm';

export interface OrtModel {
  meta: ModelMeta;
  backend: OrtBackend;
  runTile: TileRunner;
  /** Milliseconds to create the session and to run the warm-up tile. */
  loadMs: number;
  warmupMs: number;
  release: () => Promise<void>;
}

export async function createOrtModel(
  ort: OrtModule,
  modelBytes: Uint8Array,
  meta: ModelMeta,
  backend: OrtBackend,
): Promise<OrtModel> {
  const started = performance.now();
  // Only the one provider is listed: if webgpu cannot run this graph, creation fails and the
  // caller retries on wasm, so `backend` always names what really ran.
  const session = await ort.InferenceSession.create(modelBytes, {
    executionProviders: [backend],
    graphOptimizationLevel: 'all',
  });
  const loadMs = performance.now() - started;
  const inputName = session.inputNames.includes('image') ? 'image' : session.inputNames[0];
  const outputName = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];
  if (!inputName || !outputName) throw new Error('model has no input or output');

  const block = meta.pixelBlock;
  // A card from another export (e.g. a pre-blocking hairseg.json cached beside a new .onnx) would
  // feed tiles in the wrong layout and read noise as hair: refuse, so the caller falls back.
  const channels = inputChannels(session, inputName);
  if (channels !== undefined && channels !== 3 * block * block) {
    throw new Error(
      `model card says pixelBlock ${block} (${3 * block * block} input channels) but the model takes ${channels}`,
    );
  }
  const runTile: TileRunner = async (input, widthPx, heightPx) => {
    const dims = [1, 3 * block * block, heightPx / block, widthPx / block];
    const tensor = new ort.Tensor('float32', input, dims);
    const outputs = await session.run({ [inputName]: tensor });
    const logits = outputs[outputName];
    if (!logits) throw new Error(`model produced no "${outputName}" output`);
    // No preferredOutputLocation is set, so ort has already copied the output out of the wasm
    // heap (or downloaded it from the GPU) into an array the tensor owns: dispose() drops the
    // tensor's reference, not the array, and a second copy (3 MB a tile) is not needed.
    if (logits.location !== 'cpu') throw new Error(`model output is on "${logits.location}"`);
    const data = logits.data as Float32Array;
    for (const value of Object.values(outputs)) value.dispose();
    tensor.dispose();
    return data;
  };

  const warmStart = performance.now();
  const size = meta.inputSize;
  await runTile(new Float32Array(3 * size * size), size, size);
  const warmupMs = performance.now() - warmStart;

  return {
    meta,
    backend,
    runTile,
    loadMs,
    warmupMs,
    release: () => session.release(),
  };
}

/** The graph's declared input channel count, where ort exposes input metadata. */
function inputChannels(session: Ort.InferenceSession, inputName: string): number | undefined {
  const info = session.inputMetadata.find((m) => m.name === inputName);
  if (!info?.isTensor) return undefined;
  const dim = info.shape[1];
  return typeof dim === 'number' ? dim : undefined;
}
