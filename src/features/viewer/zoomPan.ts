// Zoom and pan math for the photo viewer, as pure functions so it is unit-tested in Node.
// The view is a CSS transform `translate(x, y) scale(scale)` with origin at the top-left of a
// stage of `size`; the image fills the stage at scale 1. Panning is clamped so the image edge
// never comes inside the stage (no empty margins to get lost in).

export interface ZoomPanView {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 8;
export const IDENTITY: ZoomPanView = { scale: 1, x: 0, y: 0 };

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Keeps the scaled image covering the stage: x in [width·(1 − scale), 0], same for y. */
export function clampView(view: ZoomPanView, size: Size): ZoomPanView {
  const scale = clamp(view.scale, MIN_SCALE, MAX_SCALE);
  return {
    scale,
    x: clamp(view.x, size.width * (1 - scale), 0),
    y: clamp(view.y, size.height * (1 - scale), 0),
  };
}

/** Zooms by `factor` keeping the image point under `at` (stage coordinates) fixed. */
export function zoomAt(view: ZoomPanView, factor: number, at: Point, size: Size): ZoomPanView {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
  const ratio = scale / view.scale;
  return clampView(
    { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio },
    size,
  );
}

export function panBy(view: ZoomPanView, dx: number, dy: number, size: Size): ZoomPanView {
  return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, size);
}

/** Zoom factor for one wheel event: smooth for trackpads, ~×1.2 per mouse-wheel notch. */
export function wheelFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-pixels * 0.0018);
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * One pinch step from two finger positions before to after: zoom by the change in finger
 * distance around the old midpoint, then follow the midpoint's movement (two-finger pan).
 */
export function pinch(
  view: ZoomPanView,
  before: readonly [Point, Point],
  after: readonly [Point, Point],
  size: Size,
): ZoomPanView {
  const d0 = distance(before[0], before[1]);
  const d1 = distance(after[0], after[1]);
  const factor = d0 > 0 ? d1 / d0 : 1;
  const m0 = midpoint(before[0], before[1]);
  const m1 = midpoint(after[0], after[1]);
  const zoomed = zoomAt(view, factor, m0, size);
  return panBy(zoomed, m1.x - m0.x, m1.y - m0.y, size);
}

/** Two taps count as a double tap when close in time and place (touch has no dblclick). */
export function isDoubleTap(
  previous: { at: number; point: Point } | undefined,
  now: number,
  point: Point,
): boolean {
  return !!previous && now - previous.at < 300 && distance(previous.point, point) < 24;
}
