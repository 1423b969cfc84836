// Zoom/pan math of the photo viewer: the point under the cursor stays put, the image never
// leaves the stage, pinch zooms around the fingers.
import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  MAX_SCALE,
  clampView,
  isDoubleTap,
  panBy,
  pinch,
  wheelFactor,
  zoomAt,
} from '../../src/features/viewer/zoomPan';

const size = { width: 800, height: 600 };

/** Where stage point `p` lands in image coordinates (at scale 1). */
function toImage(view: { scale: number; x: number; y: number }, p: { x: number; y: number }) {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

describe('zoomAt', () => {
  it('keeps the image point under the cursor fixed', () => {
    const at = { x: 200, y: 150 };
    const before = toImage(IDENTITY, at);
    const zoomed = zoomAt(IDENTITY, 2, at, size);
    expect(zoomed.scale).toBe(2);
    const after = toImage(zoomed, at);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps the scale to [1, MAX_SCALE]', () => {
    expect(zoomAt(IDENTITY, 0.2, { x: 0, y: 0 }, size)).toEqual(IDENTITY);
    expect(zoomAt(IDENTITY, 100, { x: 400, y: 300 }, size).scale).toBe(MAX_SCALE);
  });

  it('returns to the fitted view when zoomed all the way out', () => {
    const zoomed = zoomAt(IDENTITY, 4, { x: 700, y: 500 }, size);
    expect(zoomAt(zoomed, 1 / 4, { x: 100, y: 100 }, size)).toEqual(IDENTITY);
  });
});

describe('panBy and clampView', () => {
  it('does not pan an unzoomed image', () => {
    expect(panBy(IDENTITY, 50, -30, size)).toEqual(IDENTITY);
  });

  it('pans a zoomed image but never past its edges', () => {
    const zoomed = { scale: 2, x: -400, y: -300 };
    expect(panBy(zoomed, 100, 50, size)).toEqual({ scale: 2, x: -300, y: -250 });
    expect(panBy(zoomed, 1000, 1000, size)).toEqual({ scale: 2, x: 0, y: 0 });
    expect(panBy(zoomed, -1000, -1000, size)).toEqual({ scale: 2, x: -800, y: -600 });
  });

  it('repairs an out-of-range view', () => {
    expect(clampView({ scale: 0.5, x: 10, y: 10 }, size)).toEqual(IDENTITY);
  });
});

describe('wheelFactor', () => {
  it('zooms in on wheel up and out on wheel down, symmetrically', () => {
    expect(wheelFactor(-100)).toBeGreaterThan(1);
    expect(wheelFactor(100)).toBeLessThan(1);
    expect(wheelFactor(-100) * wheelFactor(100)).toBeCloseTo(1);
  });

  it('treats line-mode deltas like pixel deltas of 16 px per line', () => {
    expect(wheelFactor(3, 1)).toBeCloseTo(wheelFactor(48, 0));
  });
});

describe('pinch', () => {
  it('zooms by the change of finger distance around their midpoint', () => {
    const view = pinch(
      IDENTITY,
      [
        { x: 350, y: 300 },
        { x: 450, y: 300 },
      ],
      [
        { x: 300, y: 300 },
        { x: 500, y: 300 },
      ],
      size,
    );
    expect(view.scale).toBeCloseTo(2);
    const centre = toImage(view, { x: 400, y: 300 });
    expect(centre.x).toBeCloseTo(400);
    expect(centre.y).toBeCloseTo(300);
  });

  it('pans with two fingers moving together', () => {
    const start = { scale: 2, x: -400, y: -300 };
    const view = pinch(
      start,
      [
        { x: 300, y: 300 },
        { x: 500, y: 300 },
      ],
      [
        { x: 330, y: 320 },
        { x: 530, y: 320 },
      ],
      size,
    );
    expect(view.scale).toBeCloseTo(2);
    expect(view.x).toBeCloseTo(-370);
    expect(view.y).toBeCloseTo(-280);
  });

  it('ignores fingers on the same spot', () => {
    const p = { x: 10, y: 10 };
    expect(pinch(IDENTITY, [p, p], [p, p], size)).toEqual(IDENTITY);
  });
});

describe('isDoubleTap', () => {
  const first = { at: 1000, point: { x: 100, y: 100 } };
  it('accepts a quick second tap nearby', () => {
    expect(isDoubleTap(first, 1200, { x: 110, y: 105 })).toBe(true);
  });
  it('rejects a slow, distant or first tap', () => {
    expect(isDoubleTap(first, 1400, { x: 100, y: 100 })).toBe(false);
    expect(isDoubleTap(first, 1100, { x: 200, y: 100 })).toBe(false);
    expect(isDoubleTap(undefined, 1100, { x: 100, y: 100 })).toBe(false);
  });
});
