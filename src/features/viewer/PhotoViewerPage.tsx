// Photo viewer: the working copy with zoom and pan, the photo's facts, the same view in the
// previous / next session, and the analysis panel.
import { useParams } from 'wouter';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { useBlobUrl } from '../../components/useBlobUrl';
import type { PhotoId } from '../../domain/ids';
import { PHOTO_VIEW_LABELS } from '../../domain/photo';
import { loadPhotoViewer } from './loadPhotoViewer';
import { PhotoAnalysisSlot } from './PhotoAnalysisSlot';
import { PhotoFacts } from './PhotoFacts';
import { SameViewNav } from './SameViewNav';
import { ZoomPanImage } from './ZoomPanImage';

export function PhotoViewerPage() {
  const { photoId } = useParams<{ photoId: PhotoId }>();
  const data = useLiveQuery(() => loadPhotoViewer(photoId), [photoId]);
  const src = useBlobUrl(data.data?.photo.working.blobId);

  if (data.status !== 'ready') return <Loading />;
  if (!data.data) return <NotFound what="photo" />;
  const { photo, session, patient, previous, next, sessionNumberOf } = data.data;
  const label = PHOTO_VIEW_LABELS[photo.view];

  return (
    <>
      <PageHeader
        title={label}
        subtitle={`${patient?.code ?? ''} · Session ${session?.number ?? '?'}`}
        back={{ href: paths.session(photo.sessionId), label: `Session ${session?.number ?? ''}` }}
      />
      <div className="viewer">
        <ZoomPanImage
          key={photo.id}
          src={src}
          alt={`${label}: ${photo.fileName}`}
          widthPx={photo.widthPx}
          heightPx={photo.heightPx}
        />
        <aside className="viewer__side card">
          <PhotoFacts photo={photo} />
          <SameViewNav previous={previous} next={next} sessionNumberOf={sessionNumberOf} />
          <PhotoAnalysisSlot photo={photo} />
        </aside>
      </div>
    </>
  );
}
