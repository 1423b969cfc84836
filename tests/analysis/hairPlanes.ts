// Hair planes drawn from known shafts, for the hair-count tests: each shaft is a polyline of
// a given width (hair probability 1 within half the width of it, skin elsewhere).
import type { ClassProbabilities } from '../../src/analysis/worker/image';

export type Shaft = { points: [number, number][]; widthPx: number };

function distanceToSegment(px: number, py: number, a: [number, number], b: [number, number]) {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function hairPlanes(
  widthPx: number,
  heightPx: number,
  shafts: Shaft[],
): Pick<ClassProbabilities, 'widthPx' | 'heightPx' | 'hair' | 'skin'> {
  const hair = new Float32Array(widthPx * heightPx);
  for (let y = 0; y < heightPx; y += 1) {
    for (let x = 0; x < widthPx; x += 1) {
      for (const { points, widthPx: sw } of shafts) {
        for (let i = 0; i + 1 < points.length; i += 1) {
          if (distanceToSegment(x + 0.5, y + 0.5, points[i]!, points[i + 1]!) <= sw / 2) {
            hair[y * widthPx + x] = 1;
          }
        }
      }
    }
  }
  const skin = hair.map((v) => 1 - v);
  return { widthPx, heightPx, hair, skin };
}
