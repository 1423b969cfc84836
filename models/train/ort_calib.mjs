// Collects activation ranges for static int8 quantisation (quantize.py): runs a model whose
// graph outputs include every Conv input (written by quantize.py --stage probe) over the
// calibration images and writes {tensor: [min, max]} as JSON. onnxruntime-web, wasm, 1 thread.
// Usage: node models/train/ort_calib.mjs <probe.onnx> <images.bin> <count> <size> <out.json> [pixelBlock=1]
import fs from 'node:fs';
import * as ort from 'onnxruntime-web/wasm';

const [model, imagesPath, countArg, sizeArg, outPath, blockArg = '1'] = process.argv.slice(2);
ort.env.wasm.numThreads = 1;
const session = await ort.InferenceSession.create(fs.readFileSync(model), {
  executionProviders: ['wasm'],
});
const count = Number(countArg);
const size = Number(sizeArg);
const block = Number(blockArg);
const dims = [1, 3 * block * block, size / block, size / block];
const buf = fs.readFileSync(imagesPath);
const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
const plane = 3 * size * size;
const ranges = {};
for (let i = 0; i < count; i++) {
  const input = new ort.Tensor('float32', all.slice(i * plane, (i + 1) * plane), dims);
  const out = await session.run({ image: input });
  for (const [name, tensor] of Object.entries(out)) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of tensor.data) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const r = ranges[name] ?? [Infinity, -Infinity];
    ranges[name] = [Math.min(r[0], lo), Math.max(r[1], hi)];
  }
}
fs.writeFileSync(outPath, JSON.stringify(ranges));
console.log(`ranges of ${Object.keys(ranges).length} tensors over ${count} images -> ${outPath}`);
