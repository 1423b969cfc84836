// The plain pixel container the segmentation core works on: no ImageData, canvas or sharp
// types, so the same code runs in a Web Worker and in Node.
import type { PixelBuffer } from '../../lib/areaDownscale';
import type { BlownOut } from './photoExposure';
import type { Focus } from './photoFocus';
import type { NoiseSmoothing } from './photoNoise';
import type { ScopeFrame } from './scopeFrame';

/**
 * Interleaved 8-bit pixels, 3 (RGB) or 4 (RGBA), row-major, no row padding: the same buffer the
 * resize filters in src/lib take, so images pass between them without copying.
 */
export type PixelImage = PixelBuffer;

/** Per-pixel class probabilities at the image's size, each plane summing to 1 per pixel. */
export interface ClassProbabilities {
  widthPx: number;
  heightPx: number;
  hair: Float32Array;
  skin: Float32Array;
  background: Float32Array;
  /**
   * Set when the photo's hair was too wide or too thin for the model and it was analysed at
   * `factor` of its size (shaftRulePass.ts); the planes are still at the photo's size.
   */
  shaftRescale?: ShaftRescale;
  /** Set when a dermatoscope's round field of view was found and its surround cleared. */
  scopeFrame?: ScopeFrame;
  /** Set when the photo was noisy and smoothed before the model read it (photoNoise.ts). */
  noiseSmoothing?: NoiseSmoothing;
  /** How much of the scalp the photo shows blown out (photoExposure.ts); absent without scalp. */
  blownOut?: BlownOut;
  /** How sharp the edges of its scalp are in the photo (photoFocus.ts); absent without scalp. */
  focus?: Focus;
}

/**
 * A second pass at another scale: shafts too wide (the probe's width, shaftScale.ts; factor < 1)
 * or too thin (the ridge scale, ridgeScale.ts and thinShaft.ts; factor > 1).
 */
export type ShaftRescale =
  | {
      kind: 'wide';
      /** Typical shaft width in the photo, px at analysis scale. */
      shaftWidthPx: number;
      /** Size the photo was analysed at, relative to the analysis scale. */
      factor: number;
    }
  | {
      kind: 'thin';
      /** Typical ridge scale of the hair (σ, px at analysis scale). */
      ridgeSigmaPx: number;
      factor: number;
    };

/** Long side of the analysis scale (docs/CONTRACTS.md); images are never upscaled. */
export const ANALYSIS_LONG_SIDE_PX = 2048;

/** Size an image is analysed at: long side at most 2048 px, aspect kept, never upscaled. */
export function analysisSize(
  widthPx: number,
  heightPx: number,
  longSidePx: number = ANALYSIS_LONG_SIDE_PX,
): { widthPx: number; heightPx: number } {
  const longSide = Math.max(widthPx, heightPx);
  if (longSide <= longSidePx) return { widthPx, heightPx };
  const scale = longSidePx / longSide;
  return {
    widthPx: Math.max(1, Math.round(widthPx * scale)),
    heightPx: Math.max(1, Math.round(heightPx * scale)),
  };
}

/** Checks a PixelImage's buffer length against its declared size. */
export function assertPixelImage(image: PixelImage): void {
  const { widthPx, heightPx, channels, data } = image;
  if (!(widthPx > 0 && heightPx > 0)) throw new RangeError('image has no pixels');
  if (data.length !== widthPx * heightPx * channels) {
    throw new RangeError(
      `pixel buffer holds ${data.length} bytes, expected ${widthPx}×${heightPx}×${channels}`,
    );
  }
}

/** Luminance (0–255, Rec. 601 weights) of every pixel of an RGB or RGBA image. */
export function luminance(image: PixelImage): Float32Array {
  const out = new Float32Array(image.widthPx * image.heightPx);
  for (let y = 0; y < image.heightPx; y += 1) {
    luminanceRow(image, y, out.subarray(y * image.widthPx, (y + 1) * image.widthPx));
  }
  return out;
}

/** luminance() of one row, into `out` (widthPx long): for checks that stream rows. */
export function luminanceRow(image: PixelImage, y: number, out: Float32Array): void {
  const { data, channels, widthPx } = image;
  for (let x = 0, i = y * widthPx * channels; x < widthPx; x += 1, i += channels) {
    out[x] = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  }
}
