// Least-squares circle through points (Kåsa's algebraic fit), with a few rounds of dropping the
// points far from the circle so that notches and stray edges do not pull it. Generic: the
// analysis uses it to find a dermatoscope's round field of view.

export interface Circle {
  cx: number;
  cy: number;
  radius: number;
}

export interface CircleFit extends Circle {
  /** Whether each point lies within the final tolerance of the circle. */
  inlier: Uint8Array;
  inlierCount: number;
}

/**
 * Kåsa fit on the points whose `use` flag is set: minimises Σ(x² + y² + Dx + Ey + F)², a 3×3
 * linear system. Undefined when fewer than three points are used or they are collinear.
 */
export function fitCircleOnce(
  xs: Float64Array,
  ys: Float64Array,
  use?: Uint8Array,
): Circle | undefined {
  // Centred on the mean so the normal equations stay well conditioned for large coordinates.
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < xs.length; i += 1) {
    if (use && !use[i]) continue;
    mx += xs[i]!;
    my += ys[i]!;
    n += 1;
  }
  if (n < 3) return undefined;
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sxz = 0;
  let syz = 0;
  let sz = 0;
  for (let i = 0; i < xs.length; i += 1) {
    if (use && !use[i]) continue;
    const x = xs[i]! - mx;
    const y = ys[i]! - my;
    const z = x * x + y * y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
    sxz += x * z;
    syz += y * z;
    sz += z;
  }
  // With centred points Σx = Σy = 0, so F = −Σz/n and D, E solve a 2×2 system.
  const det = sxx * syy - sxy * sxy;
  if (!(Math.abs(det) > 1e-9 * (sxx + syy) ** 2)) return undefined;
  const d = (-sxz * syy + syz * sxy) / det;
  const e = (-syz * sxx + sxz * sxy) / det;
  const f = -sz / n;
  const r2 = (d * d + e * e) / 4 - f;
  if (!(r2 > 0)) return undefined;
  return { cx: mx - d / 2, cy: my - e / 2, radius: Math.sqrt(r2) };
}

/**
 * Fits, then refits `rounds` times on the points within `tolerance(radius)` of the last circle.
 * The inliers reported are those of the final circle.
 */
export function fitCircleRobust(
  xs: Float64Array,
  ys: Float64Array,
  tolerance: (radius: number) => number,
  rounds: number = 3,
): CircleFit | undefined {
  const inlier = new Uint8Array(xs.length);
  let circle = fitCircleOnce(xs, ys);
  if (!circle) return undefined;
  let inlierCount = 0;
  for (let round = 0; round <= rounds; round += 1) {
    const tol = tolerance(circle.radius);
    inlierCount = 0;
    for (let i = 0; i < xs.length; i += 1) {
      const off = Math.abs(Math.hypot(xs[i]! - circle.cx, ys[i]! - circle.cy) - circle.radius);
      inlier[i] = off <= tol ? 1 : 0;
      inlierCount += inlier[i]!;
    }
    if (round === rounds) break;
    const next = fitCircleOnce(xs, ys, inlier);
    if (!next) break;
    circle = next;
  }
  return { ...circle, inlier, inlierCount };
}
