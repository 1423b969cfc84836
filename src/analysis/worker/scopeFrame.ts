// A dermatoscope's round field of view: the disc of skin seen through the lens, with near-black
// corners around it, where scopes also print their banner (magnification, date) and where a
// ruler's ticks may lie. Nothing outside that disc is scalp, yet the network reads the bright
// letters, the ticks and the dark rim of the disc as hair (MODEL_CARD.md, Scope frame). This
// finds the disc from the photo alone, and only where the evidence is plain (a near-black
// surround with a circular edge over a wide arc), so that an ordinary photo — dark hair round a
// bald crown, a dark backdrop — is left alone. Measured on validation and not adopted in the
// app (segmenter.ts, APP_RULES); the segment CLI runs it with --scope-frame.
import { downscaleArea } from '../../lib/areaDownscale';
import { closeBinary, openBinary } from '../../lib/chamferDistance';
import { fitCircleRobust } from '../../lib/circleFit';
import { labelComponents } from '../../lib/connectedComponents';
import type { ClassProbabilities, PixelImage } from './image';

export interface ScopeFrame {
  /** The disc, px at the image's scale. */
  cx: number;
  cy: number;
  radiusPx: number;
  /** Share of the image outside the disc (0..1), what the rule sets to background. */
  outsideShare: number;
}

export interface ScopeFrameOptions {
  /** The search runs on a copy this size (long side); the circle is scaled back. */
  workLongSidePx: number;
  /** max(R, G, B) below this is "dark": the scope's surround and its falloff. */
  darkLevel: number;
  /**
   * Dark gaps narrower than twice this share of the short side are closed before the disc is
   * traced: a black hair across the field of view would otherwise cut the disc in pieces and
   * join its inside to the surround.
   */
  closeShare: number;
  /**
   * Bright strokes narrower than twice this share of the short side (banner letters, ruler
   * ticks, glints) are removed first, so they neither join the disc nor notch its edge.
   */
  openShare: number;
  /** The surround must be at least this share of the image... */
  minOutsideShare: number;
  /** ...and this dark (the rest: banner letters, ruler, stray light). */
  minOutsideDark: number;
  /** Inside the disc at most this share may be dark (black hair, shadow). */
  maxInsideDark: number;
  /** Edge points within this share of the radius count as on the circle. */
  fitTolerance: number;
  /** Share of the disc's edge points that must lie on the circle. */
  minInlierShare: number;
  /** The edge points on the circle must cover this much of its arc (degrees, 10° bins). */
  minArcDeg: number;
  /** Smallest disc, as a share of the image's short side. */
  minRadiusShare: number;
  /**
   * Where background starts, relative to the fitted radius: the fit follows the dark threshold,
   * which sits in the lens's falloff a little outside the disc's true edge.
   */
  cutRadiusShare: number;
}

// Chosen on the validation count set (scripts/scopeFrameSweep.ts, MODEL_CARD.md Scope frame).
export const DEFAULT_SCOPE_FRAME_OPTIONS: ScopeFrameOptions = {
  workLongSidePx: 256,
  darkLevel: 40,
  closeShare: 0.04,
  openShare: 0.015,
  minOutsideShare: 0.04,
  minOutsideDark: 0.85,
  maxInsideDark: 0.5,
  fitTolerance: 0.025,
  minInlierShare: 0.6,
  minArcDeg: 120,
  minRadiusShare: 0.3,
  cutRadiusShare: 0.985,
};

/** Small work image: the max of R, G, B per pixel, and the factor back to the image. */
function workLuma(
  image: PixelImage,
  longSidePx: number,
): { luma: Uint8Array; w: number; h: number; scale: number } {
  const scale = Math.max(1, Math.max(image.widthPx, image.heightPx) / longSidePx);
  const w = Math.max(1, Math.round(image.widthPx / scale));
  const h = Math.max(1, Math.round(image.heightPx / scale));
  const small = scale > 1 ? downscaleArea(image, w, h) : image;
  const luma = new Uint8Array(w * h);
  const { data, channels } = small;
  for (let k = 0, p = 0; k < luma.length; k += 1, p += channels) {
    luma[k] = Math.max(data[p]!, data[p + 1]!, data[p + 2]!);
  }
  return { luma, w, h, scale: image.widthPx / w };
}

/** The scope's disc, or undefined when the photo does not plainly show one. */
export function findScopeFrame(
  image: PixelImage,
  options: ScopeFrameOptions = DEFAULT_SCOPE_FRAME_OPTIONS,
): ScopeFrame | undefined {
  const search = searchScopeFrame(image, options);
  return 'frame' in search ? search.frame : undefined;
}

/** The disc, or the first test that ruled one out (the settings sweep tallies them). */
export function searchScopeFrame(
  image: PixelImage,
  options: ScopeFrameOptions = DEFAULT_SCOPE_FRAME_OPTIONS,
): { frame: ScopeFrame } | { rejected: string } {
  const no = (rejected: string) => ({ rejected });
  const { luma, w, h, scale } = workLuma(image, options.workLongSidePx);
  const bright = new Uint8Array(w * h);
  for (let k = 0; k < bright.length; k += 1) bright[k] = luma[k]! >= options.darkLevel ? 1 : 0;
  // Opened (letters, ticks gone), then closed (black hairs across the disc filled).
  const opened = openBinary(
    { widthPx: w, heightPx: h, data: bright },
    options.openShare * Math.min(w, h),
  );
  const { data: closed } = closeBinary(opened, options.closeShare * Math.min(w, h));

  // The surround: dark regions that reach the image border. Dark inside the disc (black hair,
  // pigment) is enclosed and ignored here.
  const dark = labelComponents(closed, w, h, 0, false);
  const isSurround = (k: number): boolean => {
    const label = dark.labels[k]!;
    return label > 0 && dark.touchesBorder[label - 1]!;
  };

  // The disc: the largest bright region. Its edge against the surround is what the circle fits.
  const lit = labelComponents(closed, w, h, 1, false);
  let disc = 0;
  for (let i = 1; i < lit.sizes.length; i += 1) if (lit.sizes[i]! > lit.sizes[disc]!) disc = i;
  if (!lit.sizes.length || lit.sizes[disc]! < 0.2 * w * h) return no('no large bright region');
  const discLabel = disc + 1;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const k = y * w + x;
      if (lit.labels[k] !== discLabel) continue;
      const edge =
        (x > 0 && isSurround(k - 1)) ||
        (x < w - 1 && isSurround(k + 1)) ||
        (y > 0 && isSurround(k - w)) ||
        (y < h - 1 && isSurround(k + w));
      if (edge) {
        xs.push(x + 0.5);
        ys.push(y + 0.5);
      }
    }
  }
  if (xs.length < 24) return no('too few edge points');
  const fit = fitCircleRobust(Float64Array.from(xs), Float64Array.from(ys), (r) =>
    Math.max(1.5, options.fitTolerance * r),
  );
  if (!fit) return no('no circle');
  if (fit.inlierCount < options.minInlierShare * xs.length) return no('edge not circular');
  if (fit.radius < options.minRadiusShare * Math.min(w, h)) return no('disc too small');

  const bins = new Uint8Array(36);
  for (let i = 0; i < xs.length; i += 1) {
    if (!fit.inlier[i]) continue;
    const angle = Math.atan2(ys[i]! - fit.cy, xs[i]! - fit.cx);
    bins[Math.min(35, Math.floor(((angle + Math.PI) / (2 * Math.PI)) * 36))] = 1;
  }
  let arcBins = 0;
  for (const bin of bins) arcBins += bin;
  if (arcBins * 10 < options.minArcDeg) return no('arc too short');

  // The surround must be dark and the disc mostly not; a band of the tolerance either side of
  // the circle is the lens's falloff and counts for neither.
  const band = Math.max(1.5, options.fitTolerance * fit.radius);
  let outside = 0;
  let outsideDark = 0;
  let inside = 0;
  let insideDark = 0;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const d = Math.hypot(x + 0.5 - fit.cx, y + 0.5 - fit.cy) - fit.radius;
      const isDark = bright[y * w + x] === 0 ? 1 : 0;
      if (d > band) {
        outside += 1;
        outsideDark += isDark;
      } else if (d < -band) {
        inside += 1;
        insideDark += isDark;
      }
    }
  }
  if (outside < options.minOutsideShare * w * h) return no('surround too small');
  if (outsideDark < options.minOutsideDark * outside) return no('surround not dark');
  if (insideDark > options.maxInsideDark * inside) return no('disc too dark');

  const frame = {
    cx: fit.cx * scale,
    cy: fit.cy * scale,
    radiusPx: fit.radius * scale * options.cutRadiusShare,
  };
  return {
    frame: { ...frame, outsideShare: outsideShareOf(frame, image.widthPx, image.heightPx) },
  };
}

/** First and last column (inclusive) of row y inside the disc; empty when first > last. */
function rowSpan(
  frame: Omit<ScopeFrame, 'outsideShare'>,
  y: number,
  widthPx: number,
): [number, number] {
  const dy = y + 0.5 - frame.cy;
  const half2 = frame.radiusPx * frame.radiusPx - dy * dy;
  if (half2 < 0) return [0, -1];
  const half = Math.sqrt(half2);
  return [
    Math.max(0, Math.ceil(frame.cx - half - 0.5)),
    Math.min(widthPx - 1, Math.floor(frame.cx + half - 0.5)),
  ];
}

function outsideShareOf(
  frame: Omit<ScopeFrame, 'outsideShare'>,
  widthPx: number,
  heightPx: number,
): number {
  let inside = 0;
  for (let y = 0; y < heightPx; y += 1) {
    const [first, last] = rowSpan(frame, y, widthPx);
    if (last >= first) inside += last - first + 1;
  }
  return 1 - inside / (widthPx * heightPx);
}

/** Sets every pixel outside the disc to background, in place. */
export function applyScopeFrame(probs: ClassProbabilities, frame: ScopeFrame): void {
  const { widthPx, heightPx, hair, skin, background } = probs;
  const clear = (from: number, to: number): void => {
    hair.fill(0, from, to);
    skin.fill(0, from, to);
    background.fill(1, from, to);
  };
  for (let y = 0; y < heightPx; y += 1) {
    const row = y * widthPx;
    const [first, last] = rowSpan(frame, y, widthPx);
    if (last < first) {
      clear(row, row + widthPx);
      continue;
    }
    clear(row, row + first);
    clear(row + last + 1, row + widthPx);
  }
}

/** The probabilities with the scope's surround cleared where a disc is found, noted on them. */
export function withScopeFrame(
  image: PixelImage,
  probs: ClassProbabilities,
  options: ScopeFrameOptions = DEFAULT_SCOPE_FRAME_OPTIONS,
): ClassProbabilities {
  const frame = findScopeFrame(image, options);
  if (!frame) return probs;
  applyScopeFrame(probs, frame);
  return { ...probs, scopeFrame: frame };
}
