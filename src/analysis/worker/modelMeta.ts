// The model card JSON that sits beside the ONNX file (docs/CONTRACTS.md, "Model files").
// Parsed and checked here so a malformed card fails with a clear message, not NaNs later.
import { classChannels } from './preprocess';
import { MODEL_STRIDE_PX } from './tiling';

/**
 * How far to trust one reading, measured by models/train/export.py on a validation set the model
 * never trained on (synthetic, seeds 8,000,000+; not the eval set).
 */
export interface ModelQuality {
  /** 90th percentile of |measured − true| scalp coverage, percentage points. */
  coverageErrorP90Pp: number;
  /** Photos with more uncertain pixels than this (95th percentile on validation) are flagged. */
  uncertainPctWarn: number;
  /** What the figures were measured on, in words. */
  measuredOn: string;
  /**
   * Hair probability from which a pixel counts as hair in a mask (the threshold with the best
   * pooled hair IoU on validation). Absent: DEFAULT_HAIR_THRESHOLD.
   */
  hairThreshold?: number;
  /**
   * 90th percentile of |measured − true| *change* in coverage between two photos of one scalp
   * (follow-up pairs, models/synth/followups.py), percentage points. Smaller than the
   * single-reading error because most of that is a per-scalp bias both photos share.
   */
  changeErrorP90Pp?: number;
  /**
   * The 90th percentile of a reading's error as a line in its undecided-pixel share (linear
   * quantile regression on validation, `npm run calibrate`): interceptPp + perUncertainPct ×
   * uncertainPct. A clean close-up's reading errs far less than a cluttered photo's, and one
   * figure for both overstates the first and understates the second. Absent (older cards):
   * every reading gets coverageErrorP90Pp.
   */
  coverageErrorP90Line?: CoverageErrorLine;
  /**
   * Temperature of the probabilities coverage is summed from (coverage.ts): below 1 sharpens
   * them; chosen on validation by `npm run calibrate`'s readings (MODEL_CARD.md, "Coverage
   * temperature"). Masks and the undecided share use the raw probabilities. Absent: 1.
   */
  coverageTemperature?: number;
}

export interface CoverageErrorLine {
  interceptPp: number;
  perUncertainPct: number;
}

export interface ModelMeta {
  name: string;
  version: string;
  sha256?: string;
  opset?: number;
  /** Nominal square tile side the model was trained on, in pixels. */
  inputSize: number;
  /**
   * Side of the pixel blocks the graph's input and output carry as channels (PixelUnshuffle /
   * PixelShuffle done by the app, docs/CONTRACTS.md); 1 = plain NCHW. Divides the model stride,
   * so every tile splits into whole blocks.
   */
  pixelBlock: number;
  /** Per-channel RGB normalisation applied to 0..1 values: (v - mean) / std. */
  mean: [number, number, number];
  std: [number, number, number];
  classes: string[];
  trainedOn?: string;
  params?: number;
  bytes?: number;
  quality?: ModelQuality;
}

function parseQuality(value: unknown): ModelQuality | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const q = value as Record<string, unknown>;
  const { coverageErrorP90Pp, uncertainPctWarn, measuredOn, hairThreshold, changeErrorP90Pp } = q;
  const { coverageTemperature } = q;
  if (
    coverageTemperature !== undefined &&
    !(
      typeof coverageTemperature === 'number' &&
      coverageTemperature > 0 &&
      coverageTemperature <= 2
    )
  ) {
    throw new Error('model card: invalid "quality.coverageTemperature" (a number in (0, 2])');
  }
  const line = parseErrorLine(q.coverageErrorP90Line);
  if (
    changeErrorP90Pp !== undefined &&
    !(typeof changeErrorP90Pp === 'number' && changeErrorP90Pp >= 0)
  ) {
    throw new Error('model card: invalid "quality.changeErrorP90Pp" (percentage points, ≥ 0)');
  }
  if (
    hairThreshold !== undefined &&
    !(typeof hairThreshold === 'number' && hairThreshold > 0 && hairThreshold < 1)
  ) {
    throw new Error('model card: invalid "quality.hairThreshold" (a probability between 0 and 1)');
  }
  if (
    typeof coverageErrorP90Pp !== 'number' ||
    !(coverageErrorP90Pp >= 0) ||
    typeof uncertainPctWarn !== 'number' ||
    !(uncertainPctWarn >= 0 && uncertainPctWarn <= 100)
  ) {
    throw new Error('model card: invalid "quality" (needs coverageErrorP90Pp, uncertainPctWarn)');
  }
  return {
    coverageErrorP90Pp,
    uncertainPctWarn,
    measuredOn: typeof measuredOn === 'string' ? measuredOn : '',
    ...(hairThreshold !== undefined ? { hairThreshold } : {}),
    ...(changeErrorP90Pp !== undefined ? { changeErrorP90Pp } : {}),
    ...(line ? { coverageErrorP90Line: line } : {}),
    ...(coverageTemperature !== undefined ? { coverageTemperature } : {}),
  };
}

function parseErrorLine(value: unknown): CoverageErrorLine | undefined {
  if (value === undefined) return undefined;
  const line = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const { interceptPp, perUncertainPct } = line;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!ok(interceptPp) || !ok(perUncertainPct)) {
    throw new Error(
      'model card: invalid "quality.coverageErrorP90Line" (interceptPp and perUncertainPct, ≥ 0)',
    );
  }
  return { interceptPp, perUncertainPct };
}

function isTriple(value: unknown): value is [number, number, number] {
  return Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'number');
}

/** Validates parsed JSON; throws an Error naming the first bad field. */
export function parseModelMeta(json: unknown): ModelMeta {
  if (typeof json !== 'object' || json === null) throw new Error('model card is not an object');
  const card = json as Record<string, unknown>;
  const fail = (field: string): never => {
    throw new Error(`model card: missing or invalid "${field}"`);
  };
  if (typeof card.name !== 'string') fail('name');
  if (typeof card.version !== 'string') fail('version');
  if (typeof card.inputSize !== 'number' || card.inputSize <= 0) fail('inputSize');
  const pixelBlock = card.pixelBlock ?? 1;
  if (
    typeof pixelBlock !== 'number' ||
    !Number.isInteger(pixelBlock) ||
    pixelBlock < 1 ||
    MODEL_STRIDE_PX % pixelBlock !== 0
  )
    fail(`pixelBlock (a divisor of ${MODEL_STRIDE_PX})`);
  if (!isTriple(card.mean)) fail('mean');
  if (!isTriple(card.std) || card.std.some((s) => s <= 0)) fail('std');
  const classes = card.classes;
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string')) fail('classes');
  // The blend's own rule (exactly background, skin and hair), checked here so a wrong card fails
  // at load and the caller falls back, not at the first analysis.
  try {
    classChannels(classes as string[]);
  } catch (error) {
    fail(`classes (${error instanceof Error ? error.message : String(error)})`);
  }
  return {
    name: card.name as string,
    version: card.version as string,
    sha256: typeof card.sha256 === 'string' ? card.sha256 : undefined,
    opset: typeof card.opset === 'number' ? card.opset : undefined,
    inputSize: card.inputSize as number,
    pixelBlock: pixelBlock as number,
    mean: card.mean as [number, number, number],
    std: card.std as [number, number, number],
    classes: classes as string[],
    trainedOn: typeof card.trainedOn === 'string' ? card.trainedOn : undefined,
    params: typeof card.params === 'number' ? card.params : undefined,
    bytes: typeof card.bytes === 'number' ? card.bytes : undefined,
    quality: parseQuality(card.quality),
  };
}
