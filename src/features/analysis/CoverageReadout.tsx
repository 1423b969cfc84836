// The coverage figure with the model that produced it: name, version and the backend that ran.
import {
  describeModel,
  type AnalysisModelRef,
  type ReadingQualityRecord,
} from '../../domain/analysis';
import { viewIsWholeHead, type PhotoView } from '../../domain/photo';
import { ReadingQualityNote } from './ReadingQualityNote';
import { WHOLE_HEAD_VIEW_MESSAGE } from './readingQualityText';

interface Props {
  coveragePct: number;
  model: AnalysisModelRef;
  durationMs?: number;
  /** e.g. "just now" or a stored analysis date. */
  when?: string;
  /** Absent on analyses stored before quality figures existed. */
  quality?: ReadingQualityRecord;
  /** The photo's view: whole-head views read less reliably, and the readout says so. */
  view?: PhotoView;
}

export function CoverageReadout({ coveragePct, model, durationMs, when, quality, view }: Props) {
  return (
    <div className="analysis-readout">
      <div className="analysis-readout__value" data-testid="coverage-pct">
        {coveragePct.toFixed(1)} %
      </div>
      <div className="analysis-readout__label">hair coverage of the scalp area</div>
      {quality && <ReadingQualityNote quality={quality} />}
      {view && viewIsWholeHead(view) && (
        <div className="analysis-notice" role="note" data-testid="whole-head-view">
          {WHOLE_HEAD_VIEW_MESSAGE}
        </div>
      )}
      <div className="muted analysis-readout__model" data-testid="analysis-model">
        {describeModel(model)}
        {durationMs !== undefined && ` · ${(durationMs / 1000).toFixed(1)} s`}
        {when && ` · ${when}`}
      </div>
    </div>
  );
}
