// Connected-component labelling of one value in a byte image (breadth-first, iterative so a
// 2048² region cannot overflow the stack). Generic: used to fill small holes and drop specks in
// hair masks before they are thinned.

export interface Components {
  /** Component index + 1 per pixel, 0 where the pixel has another value. */
  labels: Int32Array;
  /** Pixels per component, indexed by label − 1. */
  sizes: number[];
  /** Whether each component touches the image border. */
  touchesBorder: boolean[];
}

export function labelComponents(
  data: Uint8Array,
  widthPx: number,
  heightPx: number,
  value: number,
  eightConnected: boolean,
): Components {
  const labels = new Int32Array(widthPx * heightPx);
  const sizes: number[] = [];
  const touchesBorder: boolean[] = [];
  const queue = new Int32Array(widthPx * heightPx);
  const steps = eightConnected
    ? [-1, 0, 1, 0, 0, -1, 0, 1, -1, -1, 1, -1, -1, 1, 1, 1]
    : [-1, 0, 1, 0, 0, -1, 0, 1];
  for (let start = 0; start < data.length; start += 1) {
    if (data[start] !== value || labels[start] !== 0) continue;
    const label = sizes.length + 1;
    let head = 0;
    let tail = 0;
    let border = false;
    queue[tail++] = start;
    labels[start] = label;
    while (head < tail) {
      const k = queue[head++]!;
      const x = k % widthPx;
      const y = (k - x) / widthPx;
      if (x === 0 || y === 0 || x === widthPx - 1 || y === heightPx - 1) border = true;
      for (let s = 0; s < steps.length; s += 2) {
        const nx = x + steps[s]!;
        const ny = y + steps[s + 1]!;
        if (nx < 0 || ny < 0 || nx >= widthPx || ny >= heightPx) continue;
        const n = ny * widthPx + nx;
        if (data[n] !== value || labels[n] !== 0) continue;
        labels[n] = label;
        queue[tail++] = n;
      }
    }
    sizes.push(tail);
    touchesBorder.push(border);
  }
  return { labels, sizes, touchesBorder };
}
