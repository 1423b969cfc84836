// The per-store result of a restore: what was added, what replaced an older copy, and what was
// already here (the merge never overwrites newer local data).
import type { ImportReport } from '../../storage';
import { summaryLine, summaryRows } from './importSummary';

export function ImportReportTable({ report }: { report: ImportReport }) {
  return (
    <div className="backup-panel__report" data-testid="restore-report">
      <p role="status">{summaryLine(report)}</p>
      <div className="backup-panel__scroll">
        <table className="backup-panel__table">
          <caption className="muted">Restore details</caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Already here</th>
            </tr>
          </thead>
          <tbody>
            {summaryRows(report).map((row) => (
              <tr key={row.store}>
                <th scope="row">{row.label}</th>
                <td>{row.added}</td>
                <td>{row.updated}</td>
                <td>{row.kept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
