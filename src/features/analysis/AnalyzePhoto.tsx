// The analysis panel of the photo viewer: runs the hair segmentation on the photo's working
// copy, shows the mask overlay, the coverage, which model/version/backend produced it and — in
// plain words — when the classical fallback stood in. Each run is stored as an Analysis record.
import { useState } from 'react';
import { useAnalysis } from '../../analysis/client/useAnalysis';
import type { AnalysisMethod } from '../../analysis/protocol';
import { getBlob } from '../../app/data';
import { WHOLE_REGION } from '../../domain/analysis';
import { useLiveQuery } from '../../app/useLiveQuery';
import { useBlobUrl } from '../../components/useBlobUrl';
import { viewCountsHairs, type Photo } from '../../domain/photo';
import { analysisRepo } from '../../storage';
import { AnalyzeButton } from './AnalyzeButton';
import { CoverageReadout } from './CoverageReadout';
import { FallbackNotice } from './FallbackNotice';
import { HairCountReadout } from './HairCountReadout';
import { MaskOverlay } from './MaskOverlay';
import { saveAnalysis, storedCoveragePct } from './saveAnalysis';
import './analysis.css';

export function AnalyzePhoto({ photo }: { photo: Photo }) {
  const analysis = useAnalysis();
  const stored = useLiveQuery(() => analysisRepo.byPhoto(photo.id), [photo.id]);
  const imageUrl = useBlobUrl(photo.working.blobId);
  const [problem, setProblem] = useState<string | null>(null);

  const start = async (method: AnalysisMethod) => {
    setProblem(null);
    const blob = await getBlob(photo.working.blobId);
    if (!blob) {
      setProblem('The working copy of this photo is missing, so it cannot be analysed.');
      return;
    }
    const result = await analysis.run(blob, method, { countHairs: viewCountsHairs(photo.view) });
    if (!result) return;
    try {
      await saveAnalysis(photo.id, result);
    } catch (error) {
      setProblem(
        `The analysis ran but could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const result = analysis.result;
  const latest = stored.data?.[0];
  const metric = latest?.metrics.find((m) => m.region === WHOLE_REGION);

  return (
    <section className="analysis-panel" aria-label="Hair analysis">
      <h2 className="analysis-panel__title">Hair coverage</h2>
      {result ? (
        <>
          {result.model.name === 'classical' && <FallbackNotice reason={result.fallbackReason} />}
          <CoverageReadout
            coveragePct={storedCoveragePct(result.hairCoveragePct)}
            model={result.model}
            durationMs={result.durationMs}
            quality={result.quality}
            view={photo.view}
          />
          {result.hairCount && (
            <HairCountReadout count={result.hairCount} fieldOfViewMm={photo.fieldOfViewMm} />
          )}
          <MaskOverlay
            imageUrl={imageUrl}
            hairProbability={result.hairProbability}
            widthPx={result.widthPx}
            heightPx={result.heightPx}
          />
        </>
      ) : (
        latest &&
        metric && (
          <>
            {latest.model.name === 'classical' && <FallbackNotice reason={undefined} />}
            <CoverageReadout
              coveragePct={metric.coveragePct}
              model={latest.model}
              when={new Date(latest.createdAt).toLocaleString()}
              quality={latest.quality}
              view={photo.view}
            />
            {latest.hairCount && (
              <HairCountReadout count={latest.hairCount} fieldOfViewMm={photo.fieldOfViewMm} />
            )}
          </>
        )
      )}
      <div className="analysis-actions">
        <AnalyzeButton
          running={analysis.status === 'running'}
          progress={analysis.progress}
          onAnalyze={() => void start('model')}
          onCancel={analysis.cancel}
          label={latest || result ? 'Analyse again' : 'Analyse hair coverage'}
        />
        {analysis.status !== 'running' && (
          <button type="button" className="btn btn--ghost" onClick={() => void start('classical')}>
            Classical estimate
          </button>
        )}
      </div>
      {analysis.error && (
        <p className="analysis-error" role="alert">
          Analysis failed: {analysis.error}
        </p>
      )}
      {problem && (
        <p className="analysis-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
