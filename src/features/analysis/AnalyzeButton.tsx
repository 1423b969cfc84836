// Starts (or cancels) an analysis and shows its stage: loading the model, running tiles, done.
import type { AnalysisProgress } from '../../analysis/protocol';

interface Props {
  running: boolean;
  progress: AnalysisProgress | null;
  onAnalyze: () => void;
  onCancel: () => void;
  label?: string;
}

export function progressText(progress: AnalysisProgress | null): string {
  if (!progress) return 'Starting…';
  switch (progress.stage) {
    case 'loading':
      return 'Loading the model…';
    case 'ready':
      return 'Model ready…';
    case 'running':
      return `Analysing… ${Math.round((progress.fraction ?? 0) * 100)} %`;
    case 'done':
      return 'Done';
  }
}

export function AnalyzeButton({
  running,
  progress,
  onAnalyze,
  onCancel,
  label = 'Analyse hair coverage',
}: Props) {
  if (running) {
    return (
      <div className="analysis-running" role="status" aria-live="polite">
        <progress
          max={1}
          value={progress?.stage === 'running' ? (progress.fraction ?? 0) : undefined}
        />
        <span>{progressText(progress)}</span>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <button type="button" className="btn btn--primary" onClick={onAnalyze}>
      {label}
    </button>
  );
}
