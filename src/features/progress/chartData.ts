// Coverage series laid out the way uPlot wants them: one shared x axis (capture time in
// seconds) and, per series, a y value or null at every x. Error whiskers ride along.
import type { ProgressSeries } from '../../domain/progress';

export interface ChartData {
  /** Capture times, seconds since the epoch, ascending and unique. */
  xs: number[];
  /** Per series, coverage at each x or null. */
  ys: (number | null)[][];
  /** Per series, the reading's typical error at each x, or null. */
  errors: (number | null)[][];
}

export function chartData(series: readonly ProgressSeries[]): ChartData {
  // Two photos of one view taken in the same second still get a point each.
  const times = series.map((s) => {
    let previous = -Infinity;
    return s.points.map((p) => {
      const t = Math.max(Math.floor(Date.parse(p.capturedAt) / 1000), previous + 1);
      previous = t;
      return t;
    });
  });
  const xs = [...new Set(times.flat())].sort((a, b) => a - b);
  const column = new Map(xs.map((x, i) => [x, i]));
  const ys = series.map(() => xs.map((): number | null => null));
  const errors = series.map(() => xs.map((): number | null => null));
  series.forEach((s, k) => {
    s.points.forEach((p, j) => {
      const i = column.get(times[k]?.[j] ?? NaN);
      if (i === undefined) return;
      ys[k]![i] = p.coveragePct;
      errors[k]![i] = p.typicalErrorPp ?? null;
    });
  });
  return { xs, ys, errors };
}
