// Batch progress with the file being worked on and a Cancel button.
import type { ImportProgress, ImportStage } from '../../import';

const STAGE_TEXT: Record<ImportStage, string> = {
  reading: 'reading',
  'checking-duplicate': 'checking for duplicates',
  'loading-heic-decoder': 'loading the HEIC decoder',
  decoding: 'decoding',
  encoding: 'making the working copy',
  saving: 'saving',
};

interface Props {
  progress: ImportProgress;
  onCancel: () => void;
}

export function ImportProgressBar({ progress, onCancel }: Props) {
  const { current, total } = progress;
  return (
    <div className="import-progress">
      <progress aria-label="Import progress" max={1} value={progress.fraction} />
      <span className="import-progress__text" aria-live="polite">
        {current
          ? `Photo ${current.index + 1} of ${total}: ${current.fileName} — ${STAGE_TEXT[current.stage]}`
          : `Importing ${total} ${total === 1 ? 'photo' : 'photos'}…`}
      </span>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
