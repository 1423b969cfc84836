// "Hair coverage over the course": the chart and the table of readings per view, what the
// change from the first photo means given the measurement error, and a button that analyses
// the course's photos that have no reading yet.
import { useMemo } from 'react';
import { useLiveQuery } from '../../app/useLiveQuery';
import type { CourseId } from '../../domain/ids';
import { coverageSeries } from '../../domain/progress';
import { CoverageChart } from './CoverageChart';
import { loadCourseProgress } from './loadCourseProgress';
import type { Audience } from './progressText';
import { ProgressTable } from './ProgressTable';
import { useBatchAnalysis } from './useBatchAnalysis';
import './progress.css';

export function CourseProgressPanel({
  courseId,
  audience,
}: {
  courseId: CourseId;
  audience: Audience;
}) {
  const progress = useLiveQuery(() => loadCourseProgress(courseId), [courseId]);
  const batch = useBatchAnalysis(courseId);
  const data = progress.data;
  const series = useMemo(() => (data ? coverageSeries(data.photos, data.analyses) : []), [data]);
  if (!data) return null;
  const analysed = new Set(data.analyses.map((a) => a.photoId));
  const missing = data.photos.filter((p) => !analysed.has(p.id));
  const { running, done, total, failed, problem } = batch.state;

  return (
    <section className="card section progress-panel" aria-label="Hair coverage over the course">
      <h2 className="section-title">Hair coverage over the course</h2>
      {series.length === 0 ? (
        <p className="muted" data-testid="progress-empty">
          {data.photos.length === 0
            ? 'No photos yet.'
            : 'No readings yet: analyse the photos to see coverage session by session.'}
        </p>
      ) : (
        <>
          <CoverageChart series={series} />
          <ProgressTable series={series} audience={audience} />
          <p className="muted progress-panel__note">
            {audience === 'patient'
              ? 'Each point is one photo; the bar around it is how far the reading can be off. Only a change larger than that counts.'
              : "Whiskers: each reading's typical error (90th percentile on validation photos). A change counts only beyond the model's validated error for a change between two photos of one scalp (without that figure, beyond the two readings' combined error). Lines never join readings of different model versions."}
          </p>
        </>
      )}
      {(missing.length > 0 || running) && (
        <div className="progress-panel__actions">
          {running ? (
            <>
              <span role="status" data-testid="batch-progress">
                Analysing {Math.min(done + 1, total)} of {total}…
              </span>
              <button type="button" className="btn" onClick={batch.cancel}>
                Stop
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void batch.start(missing)}
            >
              Analyse {missing.length} photo{missing.length === 1 ? '' : 's'} without a reading
            </button>
          )}
        </div>
      )}
      {!running && problem && (
        // Every failed photo sets `problem` (the first one's name and reason).
        <p className="analysis-error" role="alert">
          {failed > 0 && `${failed} of ${total} photos could not be analysed. `}
          {problem}
        </p>
      )}
    </section>
  );
}
