// Line chart of hair coverage over the course (uPlot: small, fast, canvas), one line per view
// and model version, with each reading's typical error as a whisker. The table under it
// (ProgressTable) carries the same numbers for screen readers and print.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { PHOTO_VIEWS } from '../../domain/photo';
import type { ProgressSeries } from '../../domain/progress';
import { chartData, type ChartData } from './chartData';
import { seriesLabel } from './progressText';

// One colour per standard view (PHOTO_VIEWS order).
const VIEW_COLOURS = [
  '#1f6f8b',
  '#b3261e',
  '#2e7d5b',
  '#9a6700',
  '#6b4fa0',
  '#c2185b',
  '#00838f',
  '#37474f',
];
const HEIGHT_PX = 240;
const MIN_WIDTH_PX = 280;

interface LineStyle {
  colour: string;
  /** An older model version of a view already drawn: dashed. */
  dashed: boolean;
}

function lineStyles(series: readonly ProgressSeries[]): LineStyle[] {
  const seen = new Set<string>();
  return series.map((s) => {
    const dashed = seen.has(s.view);
    seen.add(s.view);
    const colour = VIEW_COLOURS[PHOTO_VIEWS.indexOf(s.view) % VIEW_COLOURS.length] ?? '#1f6f8b';
    return { colour, dashed };
  });
}

/** Draws ± typical error whiskers over the points (uPlot has no error bars of its own). */
function whiskers(data: ChartData, styles: LineStyle[]): (u: uPlot) => void {
  return (u) => {
    const ctx = u.ctx;
    const cap = 4 * devicePixelRatio;
    ctx.save();
    ctx.lineWidth = 1.5 * devicePixelRatio;
    data.errors.forEach((column, k) => {
      ctx.strokeStyle = styles[k]?.colour ?? '#555';
      column.forEach((err, i) => {
        const y = data.ys[k]?.[i];
        const x = data.xs[i];
        if (err == null || y == null || x === undefined) return;
        const px = u.valToPos(x, 'x', true);
        const top = u.valToPos(Math.min(100, y + err), 'y', true);
        const bottom = u.valToPos(Math.max(0, y - err), 'y', true);
        ctx.beginPath();
        ctx.moveTo(px, top);
        ctx.lineTo(px, bottom);
        ctx.moveTo(px - cap, top);
        ctx.lineTo(px + cap, top);
        ctx.moveTo(px - cap, bottom);
        ctx.lineTo(px + cap, bottom);
        ctx.stroke();
      });
    });
    ctx.restore();
  };
}

export function CoverageChart({ series }: { series: ProgressSeries[] }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el || series.length === 0) return;
    const data = chartData(series);
    const styles = lineStyles(series);
    const width = () => Math.max(MIN_WIDTH_PX, el.clientWidth);
    const opts: uPlot.Options = {
      width: width(),
      height: HEIGHT_PX,
      scales: { x: { time: true }, y: { range: [0, 100] } },
      axes: [{}, { label: 'hair coverage %', size: 50 }],
      series: [
        {},
        ...series.map((s, k): uPlot.Series => ({
          label: seriesLabel(s),
          stroke: styles[k]?.colour,
          width: 2,
          spanGaps: true,
          points: { show: true, size: 7 },
          ...(styles[k]?.dashed ? { dash: [6, 4] } : {}),
        })),
      ],
      hooks: { draw: [whiskers(data, styles)] },
    };
    const plot = new uPlot(opts, [data.xs, ...data.ys], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT_PX }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series]);

  return <div ref={host} className="coverage-chart" data-testid="coverage-chart" />;
}
