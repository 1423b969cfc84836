// The learned hair counter (models/train/count_train.py): an onnxruntime-web session that reads
// a close-up's hair and skin planes at the counter's shaft width (countInput.ts) and returns a
// density map whose sum is the number of hairs. Tiny (~0.15 MB), so it always runs on the wasm
// backend, with the ort module the segmenter already loaded.
import { isObject } from '../../domain/check';
import { COUNT_INPUT_SHAFT_WIDTH_PX, type CountInput } from './countInput';
import type { OrtModule } from './ortModel';

export interface CountModelCard {
  version: string;
  /** Typical shaft width the counter was trained at, px (countInput.ts must match). */
  inputShaftWidthPx: number;
  /** The density map is 1/stride of the input; inputs are zero-padded to a multiple of it. */
  stride: number;
  /** The count of the reference planes (countModel.ts referencePlanes), for the export check. */
  reference: { heightPx: number; widthPx: number; count: number };
}

export interface CountModel {
  version: string;
  count: (input: Pick<CountInput, 'widthPx' | 'heightPx' | 'hair' | 'skin'>) => Promise<number>;
  release: () => Promise<void>;
}

export function parseCountModelCard(json: unknown): CountModelCard {
  if (!isObject(json)) throw new Error('count model card is not an object');
  const { version, inputShaftWidthPx, stride, reference } = json;
  if (typeof version !== 'string' || !version) throw new Error('count model card has no version');
  if (typeof inputShaftWidthPx !== 'number' || typeof stride !== 'number' || stride < 1) {
    throw new Error('count model card has no input shaft width or stride');
  }
  // countInput.ts shrinks every close-up to its own shaft width: a counter trained at another
  // would read every input at the wrong scale, so it must not load (the rule counter then counts).
  if (inputShaftWidthPx !== COUNT_INPUT_SHAFT_WIDTH_PX) {
    throw new Error(
      `count model card was trained at ${inputShaftWidthPx}-px shafts; the app feeds ${COUNT_INPUT_SHAFT_WIDTH_PX} px`,
    );
  }
  if (
    !isObject(reference) ||
    typeof reference.heightPx !== 'number' ||
    typeof reference.widthPx !== 'number' ||
    typeof reference.count !== 'number'
  ) {
    throw new Error('count model card has no reference');
  }
  return {
    version,
    inputShaftWidthPx,
    stride,
    reference: { heightPx: reference.heightPx, widthPx: reference.widthPx, count: reference.count },
  };
}

/** The export's reference planes (count_train.py reference_planes): diagonal bars of hair on skin. */
export function referencePlanes(heightPx: number, widthPx: number) {
  const hair = new Float32Array(heightPx * widthPx);
  for (let y = 0; y < heightPx; y += 1)
    for (let x = 0; x < widthPx; x += 1) hair[y * widthPx + x] = (x + 2 * y) % 37 < 5 ? 1 : 0;
  return { widthPx, heightPx, hair, skin: hair.map((v) => 1 - v) };
}

export async function createCountModel(
  ort: OrtModule,
  bytes: Uint8Array,
  card: CountModelCard,
): Promise<CountModel> {
  const session = await ort.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (!inputName || !outputName) throw new Error('count model has no input or output');
  const { stride } = card;
  const count: CountModel['count'] = async ({ widthPx: w, heightPx: h, hair, skin }) => {
    // Zero padding is background (no hair, no skin), as in training.
    const W = Math.ceil(w / stride) * stride;
    const H = Math.ceil(h / stride) * stride;
    const data = new Float32Array(2 * W * H);
    for (let y = 0; y < h; y += 1) {
      data.set(hair.subarray(y * w, (y + 1) * w), y * W);
      data.set(skin.subarray(y * w, (y + 1) * w), H * W + y * W);
    }
    const tensor = new ort.Tensor('float32', data, [1, 2, H, W]);
    const outputs = await session.run({ [inputName]: tensor });
    const density = outputs[outputName];
    if (!density) throw new Error(`count model produced no "${outputName}" output`);
    let sum = 0;
    for (const v of density.data as Float32Array) sum += v;
    for (const value of Object.values(outputs)) value.dispose();
    tensor.dispose();
    return sum;
  };
  // The export check: the graph must give PyTorch's count on the reference planes, or the file
  // and card do not belong together.
  const { heightPx, widthPx, count: expected } = card.reference;
  const got = await count(referencePlanes(heightPx, widthPx));
  if (Math.abs(got - expected) > 1e-3 * Math.max(1, expected)) {
    await session.release();
    throw new Error(`count model reads ${got} on its reference, its card says ${expected}`);
  }
  return { version: card.version, count, release: () => session.release() };
}
