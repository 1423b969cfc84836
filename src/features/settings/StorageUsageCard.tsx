// How much of the browser's storage quota Trichotrack uses, so a clinic sees trouble coming
// before a photo import fails for lack of space.
import { formatBytes } from '../../app/format';
import { storageEstimate } from '../../app/data';
import { useLiveQuery } from '../../app/useLiveQuery';

export function StorageUsageCard() {
  const estimate = useLiveQuery(storageEstimate, []);
  const e = estimate.data;
  return (
    <section className="card section" aria-labelledby="storage-usage">
      <h2 id="storage-usage" className="section-title">
        Storage on this device
      </h2>
      {estimate.status === 'loading' && <p className="muted">Measuring…</p>}
      {estimate.status === 'ready' && !e && (
        <p className="muted">This browser does not report how much storage is used.</p>
      )}
      {e && (
        <>
          <div
            className="meter"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(e.usedPct)}
            aria-label="Storage used"
          >
            <div
              className="meter__fill"
              style={{ width: `${Math.max(1, Math.min(100, e.usedPct))}%` }}
            />
          </div>
          <p data-testid="storage-usage">
            {formatBytes(e.usageBytes)} used of {formatBytes(e.quotaBytes)} available (
            {e.usedPct < 0.1 ? '<0.1' : e.usedPct.toFixed(1)}%)
          </p>
        </>
      )}
    </section>
  );
}
