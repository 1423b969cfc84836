// Distance from each set pixel of a binary image to the nearest clear one (3-4 chamfer, two
// passes; within 8 % of Euclidean), in pixels. Pixels beyond the border count as clear, so a
// shape cut by the frame is measured as if it ended there. Used to read a shaft's local width
// (twice the distance at its centre line).
import type { BinaryImage } from './binaryThinning';

export function chamferDistance({ widthPx: w, heightPx: h, data }: BinaryImage): Float32Array {
  const big = 1 << 29;
  const d = new Int32Array(w * h);
  for (let k = 0; k < d.length; k += 1) d[k] = data[k] ? big : 0;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 0 : d[y * w + x]!);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const k = y * w + x;
      if (d[k] === 0) continue;
      d[k] = Math.min(
        d[k]!,
        at(x - 1, y) + 3,
        at(x, y - 1) + 3,
        at(x - 1, y - 1) + 4,
        at(x + 1, y - 1) + 4,
      );
    }
  }
  for (let y = h - 1; y >= 0; y -= 1) {
    for (let x = w - 1; x >= 0; x -= 1) {
      const k = y * w + x;
      if (d[k] === 0) continue;
      d[k] = Math.min(
        d[k]!,
        at(x + 1, y) + 3,
        at(x, y + 1) + 3,
        at(x + 1, y + 1) + 4,
        at(x - 1, y + 1) + 4,
      );
    }
  }
  const out = new Float32Array(w * h);
  for (let k = 0; k < d.length; k += 1) out[k] = d[k]! / 3;
  return out;
}

/**
 * Morphological closing with a disc of `radiusPx` (by chamfer distance): gaps and slits
 * narrower than about twice the radius fill, outlines otherwise stay where they were.
 */
export function closeBinary(img: BinaryImage, radiusPx: number): BinaryImage {
  if (radiusPx <= 0) return img;
  const { widthPx, heightPx, data } = img;
  const inverse = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k += 1) inverse[k] = data[k] ? 0 : 1;
  // Distance from each clear pixel to the set: within the radius it joins the dilation. The
  // frame counts as clear here too, so shapes do not grow in from beyond it.
  const toSet = chamferDistance({ widthPx, heightPx, data: inverse });
  const dilated = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k += 1) dilated[k] = data[k] || toSet[k]! <= radiusPx ? 1 : 0;
  const toClear = chamferDistance({ widthPx, heightPx, data: dilated });
  const out = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k += 1) out[k] = data[k] || toClear[k]! > radiusPx ? 1 : 0;
  return { widthPx, heightPx, data: out };
}

/**
 * Morphological opening, as the complement of closing the complement: set strokes narrower than
 * about twice the radius clear. Beyond the frame counts as set here (it is clear for the closing
 * of the complement), so a shape touching the border is not eaten from outside.
 */
export function openBinary(img: BinaryImage, radiusPx: number): BinaryImage {
  if (radiusPx <= 0) return img;
  const { widthPx, heightPx, data } = img;
  const inverse = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k += 1) inverse[k] = data[k] ? 0 : 1;
  const closed = closeBinary({ widthPx, heightPx, data: inverse }, radiusPx).data;
  const out = new Uint8Array(data.length);
  for (let k = 0; k < data.length; k += 1) out[k] = closed[k] ? 0 : 1;
  return { widthPx, heightPx, data: out };
}
