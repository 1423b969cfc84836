// Hair far thinner in pixels than the model was trained on (a whole-head phone photo brought
// down to the 2048-px analysis scale, a small crop, a low-magnification close-up) is misread:
// on the eval set shrunk ×0.5 the coverage error doubles (MODEL_CARD.md, "Scale robustness").
// The model's own mask cannot say so: it never gets thinner than 2–5 px, whatever the hair. The
// image can: the Gaussian scale at which a ridge answers most strongly grows with its width
// (for a line of profile width s, the γ = 1 normalised second derivative peaks at σ = √2·s).
// So the thin-shaft rule (thinShaft.ts, applied in shaftRulePass.ts) reads that scale at the
// pixels the model called hair.
import { luminance, type PixelImage } from './image';

/**
 * Gaussian scales (px) tried, a quarter-octave apart, 0.35–2.35: from below a pixel to past the
 * thin-shaft target (thinShaft.ts). Wider hair reads as the largest scale: the rule only needs
 * to know it is not thin, and the widest kernels would be most of the cost.
 */
export const RIDGE_SIGMAS_PX: readonly number[] = Array.from({ length: 12 }, (_, i) =>
  Number((0.35 * 2 ** (i / 4)).toFixed(4)),
);
/** Hair pixels sampled per photo: the median settles long before this. */
export const RIDGE_MAX_SAMPLES = 4000;
/** Hair probability from which a pixel is sampled. */
const RIDGE_HAIR_PROBABILITY = 0.5;

interface Kernels {
  radius: number;
  /** Pixel-integrated Gaussian and its first and second derivatives, index i + radius. */
  g0: Float64Array;
  g1: Float64Array;
  g2: Float64Array;
}

const SQRT2 = Math.SQRT2;

/** Abramowitz–Stegun 7.1.26 erf (|error| < 1.5e-7): enough for kernel taps. */
function erf(x: number): number {
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-a * a);
  return s * y;
}

/**
 * Taps integrated over each pixel rather than sampled at its centre: at σ below a pixel a
 * sampled Gaussian is no Gaussian at all, and the thin side is the point of this file.
 */
function kernelsFor(sigma: number): Kernels {
  const radius = Math.ceil(3 * sigma) + 1;
  const n = 2 * radius + 1;
  const g0 = new Float64Array(n);
  const g1 = new Float64Array(n);
  const g2 = new Float64Array(n);
  const gauss = (x: number) =>
    Math.exp((-x * x) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
  const cdf = (x: number) => 0.5 * (1 + erf(x / (sigma * SQRT2)));
  const dGauss = (x: number) => (-x / (sigma * sigma)) * gauss(x);
  for (let i = -radius; i <= radius; i += 1) {
    const lo = i - 0.5;
    const hi = i + 0.5;
    g0[i + radius] = cdf(hi) - cdf(lo);
    g1[i + radius] = gauss(hi) - gauss(lo);
    g2[i + radius] = dGauss(hi) - dGauss(lo);
  }
  return { radius, g0, g1, g2 };
}

const KERNELS = RIDGE_SIGMAS_PX.map(kernelsFor);

/**
 * σ² times the larger-magnitude Hessian eigenvalue at (x, y) for one kernel set: the γ = 1
 * normalised ridge strength. Coordinates beyond the frame are clamped to it.
 */
function ridgeStrength(
  gray: Float32Array,
  widthPx: number,
  heightPx: number,
  x: number,
  y: number,
  sigma: number,
  k: Kernels,
): number {
  const { radius, g0, g1, g2 } = k;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let j = -radius; j <= radius; j += 1) {
    const row = Math.min(heightPx - 1, Math.max(0, y + j)) * widthPx;
    // One pass along the row gives the three row sums the Hessian needs.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let i = -radius; i <= radius; i += 1) {
      const v = gray[row + Math.min(widthPx - 1, Math.max(0, x + i))]!;
      s0 += v * g0[i + radius]!;
      s1 += v * g1[i + radius]!;
      s2 += v * g2[i + radius]!;
    }
    xx += s2 * g0[j + radius]!;
    yy += s0 * g2[j + radius]!;
    xy += s1 * g1[j + radius]!;
  }
  const half = (xx + yy) / 2;
  const spread = Math.sqrt(((xx - yy) / 2) ** 2 + xy * xy);
  return sigma * sigma * Math.max(Math.abs(half + spread), Math.abs(half - spread));
}

/** Scale of the strongest response at one pixel, refined by a parabola in log σ. */
function bestScale(
  gray: Float32Array,
  widthPx: number,
  heightPx: number,
  x: number,
  y: number,
): number {
  const r = KERNELS.map((k, s) =>
    ridgeStrength(gray, widthPx, heightPx, x, y, RIDGE_SIGMAS_PX[s]!, k),
  );
  let best = 0;
  for (let s = 1; s < r.length; s += 1) if (r[s]! > r[best]!) best = s;
  const logSigma = Math.log(RIDGE_SIGMAS_PX[best]!);
  if (best === 0 || best === r.length - 1) return Math.exp(logSigma);
  const [a, b, c] = [r[best - 1]!, r[best]!, r[best + 1]!];
  const denom = a - 2 * b + c;
  const offset = denom < 0 ? (0.5 * (a - c)) / denom : 0;
  return Math.exp(logSigma + offset * (Math.log(2) / 4));
}

export interface RidgeScaleReading {
  /** Median scale (px) of the strongest ridge response over the sampled hair pixels. */
  sigmaPx: number;
  samples: number;
}

/**
 * The scale of the strongest ridge response at up to `maxSamples` pixels where `hair` ≥ 0.5
 * (evenly strided in raster order, so the same photo gives the same figures), sorted.
 */
export function hairRidgeScales(
  image: PixelImage,
  hair: Float32Array,
  maxSamples: number = RIDGE_MAX_SAMPLES,
): number[] {
  const { widthPx, heightPx } = image;
  let count = 0;
  for (let k = 0; k < hair.length; k += 1) if (hair[k]! >= RIDGE_HAIR_PROBABILITY) count += 1;
  if (count === 0) return [];
  const gray = luminance(image);
  const stride = count / Math.min(count, maxSamples);
  const scales: number[] = [];
  let seen = 0;
  let next = 0;
  for (let k = 0; k < hair.length; k += 1) {
    if (hair[k]! < RIDGE_HAIR_PROBABILITY) continue;
    if (seen >= next) {
      scales.push(bestScale(gray, widthPx, heightPx, k % widthPx, Math.floor(k / widthPx)));
      next += stride;
    }
    seen += 1;
  }
  return scales.sort((a, b) => a - b);
}

/** The typical ridge scale of the hair in `image`; undefined when no pixel is hair. */
export function hairRidgeScale(
  image: PixelImage,
  hair: Float32Array,
  maxSamples: number = RIDGE_MAX_SAMPLES,
): RidgeScaleReading | undefined {
  const scales = hairRidgeScales(image, hair, maxSamples);
  if (scales.length === 0) return undefined;
  const mid = scales.length >> 1;
  const sigmaPx = scales.length % 2 ? scales[mid]! : (scales[mid - 1]! + scales[mid]!) / 2;
  return { sigmaPx, samples: scales.length };
}
