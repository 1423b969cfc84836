// The circle fit: exact on points of a circle, and not pulled by a notch of stray points.
import { describe, expect, it } from 'vitest';
import { fitCircleOnce, fitCircleRobust } from '../../src/lib/circleFit';

function arc(cx: number, cy: number, r: number, fromDeg: number, toDeg: number, n: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / (n - 1)) * Math.PI) / 180;
    xs.push(cx + r * Math.cos(a));
    ys.push(cy + r * Math.sin(a));
  }
  return { xs, ys };
}

describe('circle fit', () => {
  it('recovers a circle from a quarter of its arc, far from the origin', () => {
    const { xs, ys } = arc(1500, 1200, 700, 10, 100, 60);
    const c = fitCircleOnce(Float64Array.from(xs), Float64Array.from(ys))!;
    expect(c.cx).toBeCloseTo(1500, 6);
    expect(c.cy).toBeCloseTo(1200, 6);
    expect(c.radius).toBeCloseTo(700, 6);
  });

  it('has no circle for collinear or too few points', () => {
    expect(fitCircleOnce(Float64Array.of(0, 1, 2, 3), Float64Array.of(0, 1, 2, 3))).toBeUndefined();
    expect(fitCircleOnce(Float64Array.of(0, 1), Float64Array.of(0, 1))).toBeUndefined();
  });

  it('drops a notch of points well inside the circle', () => {
    const circle = arc(100, 100, 80, 0, 300, 120);
    const notch = arc(100, 100, 55, 300, 360, 40);
    const xs = Float64Array.from([...circle.xs, ...notch.xs]);
    const ys = Float64Array.from([...circle.ys, ...notch.ys]);
    const plain = fitCircleOnce(xs, ys)!;
    expect(Math.abs(plain.radius - 80)).toBeGreaterThan(2);
    const fit = fitCircleRobust(xs, ys, (r) => 0.025 * r)!;
    expect(fit.radius).toBeCloseTo(80, 3);
    expect(fit.inlierCount).toBe(120);
    expect(fit.inlier[0]).toBe(1);
    expect(fit.inlier[125]).toBe(0);
  });
});
