// A plain-text table for the eval's console output: first column left-aligned, the rest
// right-aligned (they are numbers).
export function printTextTable(header: readonly string[], lines: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const show = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(show(header));
  for (const line of lines) console.log(show(line));
}
