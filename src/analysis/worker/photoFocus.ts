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
import { luminanceRow, type ClassProbabilities, type PixelImage } from './image';

/** How sharp the edges of the scalp a reading found are. */
export interface Focus {
  /** Strongest 1-px steps over strongest 8-px steps, the softer of the two axes; 0 to 1. */
  edgeSharpness: number;
}

/**
 * Steps are taken at pixels at least `spanPx` / 2 from the frame edge, where the reading puts
 * hair + skin ≥ 0.5; with fewer than `minScalpPx` such pixels there is no scalp to judge.
 */
export const FOCUS = { spanPx: 8, percentile: 0.99, minScalp: 0.5, minScalpPx: 500 } as const;

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

function axisSharpness(oneStep: StepHistogram, spanStep: StepHistogram): number {
  const across = stepPercentile(spanStep, FOCUS.percentile);
  return across > 0 ? stepPercentile(oneStep, FOCUS.percentile) / across : 1;
}

export function scalpFocus(image: PixelImage, probs: ClassProbabilities): Focus | undefined {
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
  // Rows stream through a ring of spanPx + 1 luma rows (y − half … y + half), so no whole-photo
  // luma plane is allocated.
  const ringSize = FOCUS.spanPx + 1;
  const ring = Array.from({ length: ringSize }, () => new Float32Array(w));
  const rowAt = (y: number) => ring[y % ringSize]!;
  for (let y = 0; y < Math.min(FOCUS.spanPx, h); y += 1) luminanceRow(image, y, rowAt(y));
  let scalpPx = 0;
  const minScalp = FOCUS.minScalp;
  for (let y = half; y < h - half; y += 1) {
    luminanceRow(image, y + half, rowAt(y + half));
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
    edgeSharpness: Math.min(axisSharpness(oneAcross, spanAcross), axisSharpness(oneDown, spanDown)),
  };
}
