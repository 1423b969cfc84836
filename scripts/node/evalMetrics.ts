// Metrics for `npm run eval`, kept apart from the script so tests can check them.
// IoU is hard: the predicted class (hair where its probability reaches the segmenter's hair
// threshold, else the likelier of skin and background: decideLabels, the rule the mask files
// use) vs the soft label's argmax class, pooled over all pixels of a subset (sum of
// intersections / sum of unions), so big images weigh more than small ones.
// Coverage error is soft: |measured − true| hair / (hair + skin), in percentage points, per image,
// then averaged.
import type { ClassProbabilities } from '../../src/analysis/worker/image';
import {
  coverageFromProbabilities,
  decideLabels,
  DEFAULT_HAIR_THRESHOLD,
} from '../../src/analysis/worker/coverage';

/** Soft label planes from an RGB label PNG (R hair, G skin, B background, ×255). */
export function labelPlanes(
  rgb: Uint8Array,
  widthPx: number,
  heightPx: number,
): ClassProbabilities {
  const n = widthPx * heightPx;
  const out: ClassProbabilities = {
    widthPx,
    heightPx,
    hair: new Float32Array(n),
    skin: new Float32Array(n),
    background: new Float32Array(n),
  };
  for (let k = 0; k < n; k += 1) {
    const r = rgb[3 * k] ?? 0;
    const g = rgb[3 * k + 1] ?? 0;
    const b = rgb[3 * k + 2] ?? 0;
    // Normalise: JPEG-free PNG labels sum to ~255, not exactly.
    const sum = r + g + b || 1;
    out.hair[k] = r / sum;
    out.skin[k] = g / sum;
    out.background[k] = b / sum;
  }
  return out;
}

export interface ImageScores {
  hairIntersection: number;
  hairUnion: number;
  skinIntersection: number;
  skinUnion: number;
  trueCoveragePct: number;
  measuredCoveragePct: number;
  /** Share of undecided pixels (coverage.ts), which the stated error of a reading follows. */
  uncertainPct: number;
  /** Blown-out share of the scalp the reading found (photoExposure.ts); absent without scalp. */
  blownOutPct?: number;
  /** Edge sharpness of the scalp the reading found (photoFocus.ts); absent without scalp. */
  edgeSharpness?: number;
}

function argmax(p: ClassProbabilities, k: number): 0 | 1 | 2 {
  const h = p.hair[k] ?? 0;
  const s = p.skin[k] ?? 0;
  const b = p.background[k] ?? 0;
  return h >= s && h >= b ? 2 : s >= b ? 1 : 0;
}

export function scoreImage(
  predicted: ClassProbabilities,
  label: ClassProbabilities,
  hairThreshold: number = DEFAULT_HAIR_THRESHOLD,
  coverageTemperature: number = 1,
): ImageScores {
  if (predicted.widthPx !== label.widthPx || predicted.heightPx !== label.heightPx) {
    throw new Error(
      `prediction ${predicted.widthPx}×${predicted.heightPx} vs label ${label.widthPx}×${label.heightPx}`,
    );
  }
  let hairI = 0;
  let hairU = 0;
  let skinI = 0;
  let skinU = 0;
  const decided = decideLabels(predicted, hairThreshold);
  for (let k = 0; k < predicted.hair.length; k += 1) {
    const p = decided[k];
    const t = argmax(label, k);
    if (p === 2 || t === 2) hairU += 1;
    if (p === 2 && t === 2) hairI += 1;
    if (p === 1 || t === 1) skinU += 1;
    if (p === 1 && t === 1) skinI += 1;
  }
  const measured = coverageFromProbabilities(predicted, undefined, coverageTemperature);
  return {
    hairIntersection: hairI,
    hairUnion: hairU,
    skinIntersection: skinI,
    skinUnion: skinU,
    trueCoveragePct: coverageFromProbabilities(label).hairCoveragePct,
    measuredCoveragePct: measured.hairCoveragePct,
    uncertainPct: measured.uncertainPct,
    ...(predicted.blownOut ? { blownOutPct: predicted.blownOut.scalpPct } : {}),
    ...(predicted.focus ? { edgeSharpness: predicted.focus.edgeSharpness } : {}),
  };
}

export interface SummaryScores {
  images: number;
  /** Pooled IoU in percent; null when the class never occurs (union 0). */
  hairIouPct: number | null;
  skinIouPct: number | null;
  /** Mean |measured − true| coverage, percentage points. */
  coverageMaePp: number;
  /** Mean (measured − true): positive means coverage is overestimated. */
  coverageBiasPp: number;
  msPerImage: number;
}

export function summarise(scores: ImageScores[], totalMs: number): SummaryScores {
  const sum = (pick: (s: ImageScores) => number) => scores.reduce((acc, s) => acc + pick(s), 0);
  const n = scores.length;
  const iou = (i: number, u: number) => (u > 0 ? (100 * i) / u : null);
  return {
    images: n,
    hairIouPct: iou(
      sum((s) => s.hairIntersection),
      sum((s) => s.hairUnion),
    ),
    skinIouPct: iou(
      sum((s) => s.skinIntersection),
      sum((s) => s.skinUnion),
    ),
    coverageMaePp: n ? sum((s) => Math.abs(s.measuredCoveragePct - s.trueCoveragePct)) / n : 0,
    coverageBiasPp: n ? sum((s) => s.measuredCoveragePct - s.trueCoveragePct) / n : 0,
    msPerImage: n ? totalMs / n : 0,
  };
}
