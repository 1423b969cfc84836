// Sensor noise in a photo, and the noise rule: a photo noisier than the model was trained on is
// read again, smoothed. Grain on clean skin reads as fine hair (MODEL_CARD.md, Camera robustness:
// σ 10 grey levels of noise took close-ups from 0.9 to 12 pp of error), and a slight blur costs
// the model little, so the smoothed reading wins most of that error back. The noise is read only
// where the first reading saw skin: over the whole frame, the 1-px hair of a photo taken below
// the trained scale reads as grain, and smoothing it away cost such photos more than the rule
// mended (MODEL_CARD.md, Noise rule).
import { luminance, type ClassProbabilities, type PixelImage } from './image';

/** The photo was smoothed before reading: how noisy it was, and how much it was smoothed. */
export interface NoiseSmoothing {
  /** Estimated noise, standard deviation in grey levels (0–255) of the luma. */
  noiseSigma: number;
  /** σ of the Gaussian it was smoothed with, px at the size it was read at. */
  blurSigmaPx: number;
}

/**
 * Read on pixels the first reading calls skin with p ≥ `minSkin`, at least `minPixels` of them
 * (else no estimate, and no second reading: a frame of dense hair). Above `thresholdSigma`, the
 * photo is read again smoothed with σ `blurSigmaPx`. The generator's own noise stays below about
 * 6 grey levels at mid-grey; 8 was chosen on validation (MODEL_CARD.md, Noise rule).
 */
export const NOISE_RULE = {
  minSkin: 0.95,
  minPixels: 500,
  thresholdSigma: 8,
  blurSigmaPx: 1.2,
} as const;

/** Histogram bins per grey level of |residual|: the median is read to a quarter level. */
const BINS_PER_LEVEL = 4;
/** The residual's largest magnitude: 16 × 255 (the kernel's absolute weights sum to 16). */
const MAX_RESIDUAL = 16 * 255;

/**
 * Noise σ of the luma from the median absolute response to Immerkær's 3×3 kernel
 * [1 −2 1; −2 4 −2; 1 −2 1], which cancels smooth shading (planes and ramps) and leaves noise:
 * for white Gaussian noise of σ the response has σ·6, and its median magnitude is 0.6745 of
 * that. The median, not the mean, keeps hair edges (a minority of pixels) from counting as noise;
 * a photo that is texture nearly everywhere still reads high.
 */
export function estimateNoiseSigma(
  image: PixelImage,
  onlyWhere: (pixel: number) => boolean = () => true,
  minPixels = 1,
): number | undefined {
  const { widthPx: w, heightPx: h } = image;
  const luma = luminance(image);
  const histogram = new Uint32Array(MAX_RESIDUAL * BINS_PER_LEVEL + 1);
  let counted = 0;
  for (let y = 1; y < h - 1; y += 1) {
    const row = y * w;
    for (let x = 1; x < w - 1; x += 1) {
      const i = row + x;
      if (!onlyWhere(i)) continue;
      counted += 1;
      const r =
        luma[i - w - 1]! -
        2 * luma[i - w]! +
        luma[i - w + 1]! -
        2 * luma[i - 1]! +
        4 * luma[i]! -
        2 * luma[i + 1]! +
        luma[i + w - 1]! -
        2 * luma[i + w]! +
        luma[i + w + 1]!;
      histogram[Math.min(histogram.length - 1, Math.round(Math.abs(r) * BINS_PER_LEVEL))]! += 1;
    }
  }
  if (counted < minPixels) return undefined;
  const half = counted / 2;
  let seen = 0;
  let bin = 0;
  while (bin < histogram.length - 1 && seen + histogram[bin]! < half) seen += histogram[bin++]!;
  return bin / BINS_PER_LEVEL / (0.6745 * 6);
}

function gaussianKernel(sigmaPx: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigmaPx));
  const kernel = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i += 1) {
    kernel[i + radius] = Math.exp(-(i * i) / (2 * sigmaPx * sigmaPx));
    sum += kernel[i + radius]!;
  }
  return kernel.map((v) => v / sum);
}

/**
 * One axis of a separable blur: every channel, edges clamped. Tap by tap over whole rows, so the
 * inner loops run over contiguous memory with no clamping in them.
 */
function blurAlong(
  source: Float32Array,
  image: Pick<PixelImage, 'widthPx' | 'heightPx' | 'channels'>,
  kernel: Float32Array,
  horizontal: boolean,
): Float32Array {
  const { widthPx: w, heightPx: h, channels } = image;
  const radius = (kernel.length - 1) / 2;
  const rowLength = w * channels;
  const out = new Float32Array(source.length);
  // The clamped column each tap reads, edges included.
  const column = new Int32Array(w + 2 * radius);
  for (let i = 0; i < column.length; i += 1) column[i] = Math.min(w - 1, Math.max(0, i - radius));
  for (let y = 0; y < h; y += 1) {
    const to = y * rowLength;
    for (let k = 0; k < kernel.length; k += 1) {
      const weight = kernel[k]!;
      if (horizontal) {
        for (let x = 0; x < w; x += 1) {
          const from = to + column[x + k]! * channels;
          for (let c = 0; c < channels; c += 1) {
            out[to + x * channels + c] = out[to + x * channels + c]! + weight * source[from + c]!;
          }
        }
      } else {
        const from = Math.min(h - 1, Math.max(0, y + k - radius)) * rowLength;
        for (let i = 0; i < rowLength; i += 1) {
          out[to + i] = out[to + i]! + weight * source[from + i]!;
        }
      }
    }
  }
  return out;
}

/**
 * Separable Gaussian blur of every channel, edges clamped. Written out rather than taken from
 * opencv.js, which the model path does not otherwise load (it is the classical fallback's).
 */
export function gaussianSmooth(image: PixelImage, sigmaPx: number): PixelImage {
  const kernel = gaussianKernel(sigmaPx);
  const source = Float32Array.from(image.data);
  const blurred = blurAlong(blurAlong(source, image, kernel, true), image, kernel, false);
  // The weights sum to 1, so every value stays within 0..255 before rounding. A plain loop:
  // Uint8Array.from with a map function took 1.6 s on a 2048×1536 photo, this 20 ms.
  const data = new Uint8Array(blurred.length);
  for (let i = 0; i < data.length; i += 1) data[i] = Math.round(blurred[i]!);
  return { ...image, data };
}

/** The noise on the pixels a reading calls skin, as NOISE_RULE reads it; undefined if too few. */
export function skinNoiseSigma(image: PixelImage, probs: ClassProbabilities): number | undefined {
  const { skin } = probs;
  return estimateNoiseSigma(image, (i) => skin[i]! >= NOISE_RULE.minSkin, NOISE_RULE.minPixels);
}
