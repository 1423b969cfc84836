// The per-file results of the last batch: a one-line summary, then each file with what
// happened to it. Failures carry the message naming the file.
import type { ImportOutcome, ImportReport } from '../../import';

const STATUS_LABEL: Record<ImportOutcome['status'], string> = {
  stored: 'Imported',
  duplicate: 'Already imported',
  failed: 'Failed',
  'not-attempted': 'Not imported',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summarise(report: ImportReport): string {
  const parts = [plural(report.storedCount, 'photo imported', 'photos imported')];
  if (report.duplicateCount > 0) parts.push(`${report.duplicateCount} already imported`);
  if (report.failedCount > 0) parts.push(`${report.failedCount} failed`);
  if (report.stoppedBy === 'cancelled') parts.push('import cancelled');
  if (report.stoppedBy === 'storage-full') parts.push('stopped: storage is full');
  return `${parts.join(', ')}.`;
}

export function ImportResults({ report }: { report: ImportReport }) {
  return (
    <div className="import-results">
      <p role="status">{summarise(report)}</p>
      <ul className="import-results__list" aria-label="Import results">
        {report.outcomes.map((o, i) => (
          <li key={i} className={`import-result import-result--${o.status}`}>
            <span className="import-result__name">{o.fileName}</span>
            <span className="import-result__status">{STATUS_LABEL[o.status]}</span>
            {o.status !== 'stored' && <span className="import-result__message">{o.message}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
