// The facts about a photo next to the viewer: view, when it was taken and how we know, size,
// file name.
import { formatBytes, formatDateTime } from '../../app/format';
import { PHOTO_VIEW_LABELS, type Photo } from '../../domain/photo';

const SOURCE_LABELS: Record<Photo['capturedAtSource'], string> = {
  exif: 'from the camera (EXIF)',
  file: 'from the file date',
  import: 'import time (no date in the file)',
};

export function PhotoFacts({ photo }: { photo: Photo }) {
  return (
    <dl className="facts">
      <div>
        <dt>View</dt>
        <dd>{PHOTO_VIEW_LABELS[photo.view]}</dd>
      </div>
      <div>
        <dt>Captured</dt>
        <dd>
          {formatDateTime(photo.capturedAt)}
          <span className="muted"> · {SOURCE_LABELS[photo.capturedAtSource]}</span>
        </dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>
          {photo.widthPx} × {photo.heightPx} px · {formatBytes(photo.original.byteLength)}
        </dd>
      </div>
      <div>
        <dt>File</dt>
        <dd className="facts__file">{photo.fileName}</dd>
      </div>
    </dl>
  );
}
