// One standard view in the session grid: its photo(s), or an empty frame that says which view
// is missing and offers to import it.
import { Link } from 'wouter';
import { paths } from '../../app/paths';
import { BlobImage } from '../../components/BlobImage';
import { PHOTO_VIEW_LABELS, type Photo, type PhotoView } from '../../domain/photo';

interface Props {
  view: PhotoView;
  photos: readonly Photo[];
  onImport: (view: PhotoView) => void;
}

export function ViewSlot({ view, photos, onImport }: Props) {
  const label = PHOTO_VIEW_LABELS[view];
  const [first, ...more] = photos;
  return (
    <li className={`view-slot${first ? '' : ' view-slot--empty'}`} data-view={view}>
      {first ? (
        <Link
          href={paths.photo(first.id)}
          className="view-slot__photo"
          aria-label={`Open ${label} photo`}
        >
          <BlobImage
            blobId={first.thumb.blobId}
            alt={`${label}: ${first.fileName}`}
            className="view-slot__img"
          />
        </Link>
      ) : (
        <button
          type="button"
          className="view-slot__missing"
          onClick={() => onImport(view)}
          aria-label={`No ${label.toLowerCase()} photo. Import ${label.toLowerCase()}`}
        >
          <span>No {label.toLowerCase()} photo</span>
          <span className="view-slot__action">+ Import</span>
        </button>
      )}
      <div className="view-slot__caption">
        <span>{label}</span>
        {more.length > 0 && (
          <span className="view-slot__more">
            {more.map((p, i) => (
              <Link key={p.id} href={paths.photo(p.id)} aria-label={`Open ${label} photo ${i + 2}`}>
                +{i + 1}
              </Link>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}
