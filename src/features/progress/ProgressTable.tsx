// The numbers behind the coverage chart: per view and model version, the first and the latest
// reading, the change with its error, and what that change means.
import { formatDate } from '../../app/format';
import { toIsoDate } from '../../domain/dates';
import type { ProgressPoint, ProgressSeries } from '../../domain/progress';
import { seriesChange } from '../../domain/progress';
import { changeFigure, seriesLabel, verdictText, type Audience } from './progressText';

function reading(p: ProgressPoint): string {
  return `${p.coveragePct.toFixed(1)} % · ${formatDate(toIsoDate(new Date(p.capturedAt)))}`;
}

export function ProgressTable({
  series,
  audience,
}: {
  series: ProgressSeries[];
  audience: Audience;
}) {
  return (
    <table className="progress-table" data-testid="progress-table">
      <thead>
        <tr>
          <th scope="col">View</th>
          <th scope="col">Readings</th>
          <th scope="col">First</th>
          <th scope="col">Latest</th>
          <th scope="col">Change</th>
          <th scope="col">What it means</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => {
          const change = seriesChange(s);
          if (!change) return null;
          return (
            <tr key={`${s.view}-${s.model.name}-${s.model.version}`} data-verdict={change.verdict}>
              <th scope="row">{seriesLabel(s)}</th>
              <td>{s.points.length}</td>
              <td>{reading(change.first)}</td>
              <td>{reading(change.last)}</td>
              <td className="progress-table__change">{changeFigure(change)}</td>
              <td>{verdictText(change, audience)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
