// The grid of standard photo views for a session, in the order they are taken.
import { PHOTO_VIEWS, type Photo, type PhotoView } from '../../domain/photo';
import { ViewSlot } from './ViewSlot';

interface Props {
  photosByView: ReadonlyMap<PhotoView, readonly Photo[]>;
  onImport: (view: PhotoView) => void;
}

export function ViewGrid({ photosByView, onImport }: Props) {
  return (
    <ul className="view-grid" aria-label="Photo views">
      {PHOTO_VIEWS.map((view) => (
        <ViewSlot
          key={view}
          view={view}
          photos={photosByView.get(view) ?? []}
          onImport={onImport}
        />
      ))}
    </ul>
  );
}
