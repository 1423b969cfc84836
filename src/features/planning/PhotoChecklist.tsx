// The views to photograph at this session: taken ones ticked, missing ones with a capture button.
import type { Photo, PhotoView } from '../../domain/photo';
import { photoChecklist } from '../../domain/templates';

interface Props {
  views: readonly PhotoView[];
  photos: readonly Photo[];
  onCapture: (view: PhotoView) => void;
}

export function PhotoChecklist({ views, photos, onCapture }: Props) {
  const list = photoChecklist(views, photos);
  const missing = list.filter((c) => !c.taken).length;
  return (
    <div>
      <p data-testid="photo-checklist-summary">
        {missing === 0
          ? `All ${list.length} views photographed.`
          : `${list.length - missing} of ${list.length} views photographed — ${missing} missing.`}
      </p>
      <ul className="checklist" aria-label="Photo checklist">
        {list.map((c) => (
          <li
            key={c.view}
            className={`checklist__item${c.taken ? ' is-taken' : ''}`}
            data-view={c.view}
            data-taken={c.taken}
          >
            <span>
              {c.taken ? '✓' : '○'} {c.label}
            </span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => onCapture(c.view)}
              aria-label={`${c.taken ? 'Retake' : 'Capture'} ${c.label.toLowerCase()}`}
            >
              {c.taken ? 'Retake' : 'Capture'}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
