// Focus of the scalp in a photo: an out-of-focus phone photo has erased the fine hair, and the
// model reads what is left as bare skin, with full confidence (a dense validation scalp blurred
// by σ 6 px read 0.04 % hair, "typically within 2 points"). Validation photos blurred by about
// σ 3 px or more read far lower than the stated error of a reading says (MODEL_CARD.md,
// Out-of-focus flag), so every reading measures how sharp its scalp's edges are, and
// readingQuality.ts flags it.
//
// The measure is the sharpness of the strongest edges, not of the average texture: the 99th
// percentile of the luma step between neighbours over the 99th percentile of the step across
// 8 px. A crisp edge makes the whole step within one pixel (ratio near 1); an edge blurred by a
// Gaussian of σ px spreads it, and the ratio falls to about 0.4 / σ. A texture-wide blur score
// (Crété-Roffet 2007) was measured first and dropped: a sharp dermatoscope close-up, all smooth
// skin and wide shafts, scores as blurred as a defocused phone photo (MODEL_CARD.md).
//
// Since stop 32 the steps are taken on the luma smoothed by a 5-tap binomial, and the grain's share
// comes off the strongest 1-px steps: a phone adds grain and sharpening *after* the lens has blurred
// the photo, and their crisp 1-px steps made a photo blurred by σ 6 px read as sharp as one in
// focus (none of 1,008 such validation readings at σ 3–6 was flagged; MODEL_CARD.md, "Blur a phone
// has finished"). Smoothed, a crisp edge reads about 0.37 rather than 1, and the cut is 0.08.
import { luminanceRow, type ClassProbabilities, type PixelImage } from './image';

/** How sharp the edges of the scalp a reading found are. */
export interface Focus {
  /**
   * Strongest 1-px steps (the grain's share taken off) over strongest 8-px steps of the smoothed
   * luma, the softer of the two axes; 0 to 1.
   */
  edgeSharpness: number;
}

/**
 * Steps are taken at pixels at least `spanPx` / 2 from the frame edge, where the reading puts
 * hair + skin ≥ 0.5; with fewer than `minScalpPx` such pixels there is no scalp to judge.
 */
export const FOCUS = { spanPx: 8, percentile: 0.99, minScalp: 0.5, minScalpPx: 500 } as const;

/** Binomial smoothing of the luma before its steps are taken: none, 3, 5 or 9 taps (σ √2). */
export type BinomialTaps = 1 | 3 | 5 | 9;
const BINOMIAL: Record<BinomialTaps, readonly number[]> = {
  1: [1],
  3: [1 / 4, 2 / 4, 1 / 4],
  5: [1 / 16, 4 / 16, 6 / 16, 4 / 16, 1 / 16],
  9: [1, 8, 28, 56, 70, 56, 28, 8, 1].map((v) => v / 256),
};

/**
 * How the steps are read. The app's (`APP_FOCUS`, chosen in stop 32) smooths by 5 taps and takes
 * the grain off; stop 26's read the raw luma (`STOP26_FOCUS`); the sweeps compare others.
 */
export interface FocusReading {
  smoothingTaps: BinomialTaps;
  /**
   * The median 1-px step stands for the grain: GRAIN_P99_OVER_P50 times it comes off the 99th
   * percentile in quadrature (a Gaussian's 99th percentile over its median absolute value).
   */
  grainCorrected: boolean;
}
export const APP_FOCUS: FocusReading = { smoothingTaps: 5, grainCorrected: true };
export const STOP26_FOCUS: FocusReading = { smoothingTaps: 1, grainCorrected: false };
const GRAIN_P99_OVER_P50 = 3.82;

/**
 * A reader of luma rows smoothed by the binomial filter along both axes (edges clamped), to be
 * asked for rows in increasing order: each row smoothed along x is computed once and kept in a
 * ring of `taps` rows, which the rows smoothed along y combine.
 */
export function binomialLumaRows(
  image: PixelImage,
  taps: BinomialTaps,
): (y: number, out: Float32Array) => void {
  if (taps === 1) return (y, out) => luminanceRow(image, y, out);
  const weights = BINOMIAL[taps];
  const r = (taps - 1) / 2;
  const { widthPx: w, heightPx: h } = image;
  // The luma row with r copies of its end pixels on each side, so the taps need no clamping.
  const padded = new Float32Array(w + 2 * r);
  const ring = Array.from({ length: taps }, () => new Float32Array(w));
  const held = new Int32Array(taps).fill(-1);
  const alongX = (y: number): Float32Array => {
    const slot = y % taps;
    const row = ring[slot]!;
    if (held[slot] === y) return row;
    luminanceRow(image, y, padded.subarray(r, r + w));
    padded.fill(padded[r]!, 0, r);
    padded.fill(padded[r + w - 1]!, r + w);
    if (taps === 5) {
      // The app's smoothing, written out: the loop below costs it twice the time. Same sums, in
      // the same order, so the values are the same to the bit.
      const [w0, w1, w2, w3, w4] = weights as [number, number, number, number, number];
      for (let x = 0; x < w; x += 1) {
        row[x] =
          w0 * padded[x]! +
          w1 * padded[x + 1]! +
          w2 * padded[x + 2]! +
          w3 * padded[x + 3]! +
          w4 * padded[x + 4]!;
      }
    } else {
      for (let x = 0; x < w; x += 1) {
        let sum = 0;
        for (let k = 0; k < taps; k += 1) sum += weights[k]! * padded[x + k]!;
        row[x] = sum;
      }
    }
    held[slot] = y;
    return row;
  };
  const rows: Float32Array[] = [];
  return (y, out) => {
    for (let k = -r; k <= r; k += 1) rows[k + r] = alongX(Math.min(h - 1, Math.max(0, y + k)));
    if (taps === 5) {
      const [w0, w1, w2, w3, w4] = weights as [number, number, number, number, number];
      const [r0, r1, r2, r3, r4] = rows as [
        Float32Array,
        Float32Array,
        Float32Array,
        Float32Array,
        Float32Array,
      ];
      for (let x = 0; x < w; x += 1) {
        out[x] = w0 * r0[x]! + w1 * r1[x]! + w2 * r2[x]! + w3 * r3[x]! + w4 * r4[x]!;
      }
      return;
    }
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (let k = 0; k < taps; k += 1) sum += weights[k]! * rows[k]![x]!;
      out[x] = sum;
    }
  };
}

/**
 * Steps are whole grey levels, 0–255 (rounded half up: `(|step| + 0.5) | 0`, Math.round for
 * non-negative steps): a histogram holds them, and its percentile is exact. A 257th bin takes a
 * luma a float's breadth over 255.
 */
type StepHistogram = Uint32Array;
const HISTOGRAM_BINS = 257;

/** The smallest step at or below which `q` of the histogram's steps lie. */
function stepPercentile(histogram: StepHistogram, q: number): number {
  let total = 0;
  for (const n of histogram) total += n;
  let seen = 0;
  for (let step = 0; step < histogram.length; step += 1) {
    seen += histogram[step]!;
    if (seen >= q * total) return step;
  }
  return histogram.length - 1;
}

function axisSharpness(
  oneStep: StepHistogram,
  spanStep: StepHistogram,
  grainCorrected: boolean,
): number {
  const across = stepPercentile(spanStep, FOCUS.percentile);
  const strongest = stepPercentile(oneStep, FOCUS.percentile);
  const grain = grainCorrected ? GRAIN_P99_OVER_P50 * stepPercentile(oneStep, 0.5) : 0;
  return across > 0 ? Math.sqrt(Math.max(0, strongest ** 2 - grain ** 2)) / across : 1;
}

export function scalpFocus(
  image: PixelImage,
  probs: ClassProbabilities,
  reading: FocusReading = APP_FOCUS,
): Focus | undefined {
  const { widthPx: w, heightPx: h } = image;
  if (w !== probs.widthPx || h !== probs.heightPx) {
    throw new RangeError(`photo ${w}×${h} and reading ${probs.widthPx}×${probs.heightPx} differ`);
  }
  const { hair, skin } = probs;
  const half = FOCUS.spanPx / 2;
  const histogram = (): StepHistogram => new Uint32Array(HISTOGRAM_BINS);
  const [oneAcross, spanAcross, oneDown, spanDown] = [
    histogram(),
    histogram(),
    histogram(),
    histogram(),
  ];
  // Rows stream through a ring of spanPx + 1 smoothed luma rows (y − half … y + half), so no
  // whole-photo luma plane is allocated.
  const smoothedRow = binomialLumaRows(image, reading.smoothingTaps);
  const ringSize = FOCUS.spanPx + 1;
  const ring = Array.from({ length: ringSize }, () => new Float32Array(w));
  const rowAt = (y: number) => ring[y % ringSize]!;
  for (let y = 0; y < Math.min(FOCUS.spanPx, h); y += 1) smoothedRow(y, rowAt(y));
  let scalpPx = 0;
  const minScalp = FOCUS.minScalp;
  for (let y = half; y < h - half; y += 1) {
    smoothedRow(y + half, rowAt(y + half));
    const row = rowAt(y);
    const above = rowAt(y - 1);
    const farAbove = rowAt(y - half);
    const farBelow = rowAt(y + half);
    for (let x = half; x < w - half; x += 1) {
      const k = y * w + x;
      if (hair[k]! + skin[k]! < minScalp) continue;
      scalpPx += 1;
      // Inline rather than a helper: four of these per scalp pixel are most of the check's time.
      const l = row[x]!;
      oneAcross[(Math.abs(l - row[x - 1]!) + 0.5) | 0]! += 1;
      spanAcross[(Math.abs(row[x + half]! - row[x - half]!) + 0.5) | 0]! += 1;
      oneDown[(Math.abs(l - above[x]!) + 0.5) | 0]! += 1;
      spanDown[(Math.abs(farBelow[x]! - farAbove[x]!) + 0.5) | 0]! += 1;
    }
  }
  if (scalpPx < FOCUS.minScalpPx) return undefined;
  return {
    edgeSharpness: Math.min(
      axisSharpness(oneAcross, spanAcross, reading.grainCorrected),
      axisSharpness(oneDown, spanDown, reading.grainCorrected),
    ),
  };
}
