// Runs an exported model in onnxruntime-web (wasm, Node): timing per tile, and optionally the max
// abs difference against reference logits written by export.py.
// Usage: node models/train/ort_check.mjs <model.onnx> [size=512 | WxH] [threads=1] [ref.bin input.bin]
// The tensor layout follows the graph's input (3·b² channels for pixelBlock b, docs/CONTRACTS.md):
// a WxH tile is [1, 3·b², H/b, W/b]; the reference files are in that layout (export.py).
import fs from 'node:fs';
import * as ort from 'onnxruntime-web/wasm';

const [model, sizeArg = '512', threadsArg = '1', refPath, inPath] = process.argv.slice(2);
const [w, h = w] = sizeArg.split('x').map(Number);
ort.env.wasm.numThreads = Number(threadsArg);
const session = await ort.InferenceSession.create(fs.readFileSync(model), {
  executionProviders: ['wasm'],
  graphOptimizationLevel: 'all',
});
const block = Math.round(Math.sqrt(session.inputMetadata[0].shape[1] / 3));
let data;
if (inPath) {
  const b = fs.readFileSync(inPath);
  data = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
} else {
  data = new Float32Array(3 * w * h);
  for (let i = 0; i < data.length; i++) data[i] = Math.sin(i * 0.37) * 1.5;
}
const input = new ort.Tensor('float32', data, [1, 3 * block * block, h / block, w / block]);
let out = await session.run({ image: input });
const times = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  out = await session.run({ image: input });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const res = {
  model,
  size: `${w}x${h}`,
  pixelBlock: block,
  threads: ort.env.wasm.numThreads,
  medianMs: times[times.length >> 1],
  minMs: times[0],
  dims: out.logits.dims,
};
if (refPath) {
  const b = fs.readFileSync(refPath);
  const ref = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  let maxAbs = 0;
  const o = out.logits.data;
  for (let i = 0; i < ref.length; i++) maxAbs = Math.max(maxAbs, Math.abs(ref[i] - o[i]));
  res.maxAbsDiff = maxAbs;
}
console.log(JSON.stringify(res));
