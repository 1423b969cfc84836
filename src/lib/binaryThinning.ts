// Thinning of a binary mask to one-pixel-wide lines (Zhang & Suen, CACM 1984), and the
// neighbourhood reads that a skeleton is analysed with. Hand-written because the opencv.js build
// we ship has no `thinning` (it lives in the contrib module ximgproc), and the analysis must
// run in Node as well as in the worker.

/** A binary image: 1 = set, 0 = clear, row-major. */
export interface BinaryImage {
  widthPx: number;
  heightPx: number;
  data: Uint8Array;
}

// Neighbours in the order Zhang & Suen number them: P2 (north) clockwise to P9 (north-west).
const DX = [0, 1, 1, 1, 0, -1, -1, -1] as const;
const DY = [-1, -1, 0, 1, 1, 1, 0, -1] as const;

// branchCount runs for every skeleton pixel, several times per count: one buffer serves all
// its calls (it calls nothing back), where a fresh array each time was garbage in a hot loop.
const scratch = new Uint8Array(8);

function neighbours(img: BinaryImage, x: number, y: number, out: Uint8Array): void {
  const { widthPx: w, heightPx: h, data } = img;
  for (let i = 0; i < 8; i += 1) {
    const nx = x + DX[i]!;
    const ny = y + DY[i]!;
    out[i] = nx >= 0 && ny >= 0 && nx < w && ny < h ? data[ny * w + nx]! : 0;
  }
}

/**
 * Runs of set neighbours around a pixel (clear → set transitions going round once): 1 at the
 * end of a line, 2 inside one, 3 or more where lines meet.
 */
export function branchCount(img: BinaryImage, x: number, y: number): number {
  neighbours(img, x, y, scratch);
  let runs = 0;
  for (let i = 0; i < 8; i += 1) if (scratch[i] === 0 && scratch[(i + 1) % 8] === 1) runs += 1;
  return runs;
}

/** The 8 neighbour offsets (dx, dy), for walking a skeleton. */
export const NEIGHBOUR_OFFSETS: readonly (readonly [number, number])[] = DX.map(
  (dx, i) => [dx, DY[i]!] as const,
);

/** Zhang–Suen thinning, in place: set regions shrink to 8-connected lines one pixel wide. */
export function thinInPlace(img: BinaryImage): void {
  const { widthPx: w, heightPx: h, data } = img;
  const p = new Uint8Array(8);
  const doomed: number[] = [];
  // Only pixels on a region's border can go; keeping a list of candidates would save little
  // here, because the masks this runs on are already shrunk to shafts a few pixels wide.
  for (let changed = true; changed;) {
    changed = false;
    for (let pass = 0; pass < 2; pass += 1) {
      doomed.length = 0;
      for (let y = 0; y < h; y += 1) {
        for (let x = 0; x < w; x += 1) {
          if (data[y * w + x] === 0) continue;
          neighbours(img, x, y, p);
          let b = 0;
          let a = 0;
          for (let i = 0; i < 8; i += 1) {
            b += p[i]!;
            if (p[i] === 0 && p[(i + 1) % 8] === 1) a += 1;
          }
          if (b < 2 || b > 6 || a !== 1) continue;
          // P2·P4·P6 and P4·P6·P8 in the first pass, P2·P4·P8 and P2·P6·P8 in the second.
          const [n, , e, , s, , wst] = p;
          if (
            pass === 0
              ? n! * e! * s! !== 0 || e! * s! * wst! !== 0
              : n! * e! * wst! !== 0 || n! * s! * wst! !== 0
          ) {
            continue;
          }
          doomed.push(y * w + x);
        }
      }
      for (const k of doomed) data[k] = 0;
      if (doomed.length > 0) changed = true;
    }
  }
}
