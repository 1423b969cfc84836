// The facts about a photo next to the viewer: view, when it was taken and how we know, size,
// the field of view of a trichoscopy close-up, file name.
import { formatBytes, formatDateTime } from '../../app/format';
import { PHOTO_VIEW_LABELS, viewCountsHairs, type Photo } from '../../domain/photo';
import { FieldOfViewEditor } from './FieldOfViewEditor';

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
      {viewCountsHairs(photo.view) && <FieldOfViewEditor photo={photo} />}
      <div>
        <dt>File</dt>
        <dd className="facts__file">{photo.fileName}</dd>
      </div>
    </dl>
  );
}
