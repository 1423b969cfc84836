// Session page: the standard views of one session as a photo grid, and photo import.
// An empty slot presets the import to its view and scrolls to it.
import { useRef, useState } from 'react';
import { useParams } from 'wouter';
import { formatDate, labelOf } from '../../app/format';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import type { SessionId } from '../../domain/ids';
import type { PhotoView } from '../../domain/photo';
import { loadSessionPage } from './loadSessionPage';
import { SessionImport } from './SessionImport';
import { ViewGrid } from './ViewGrid';
import { SessionWorkspace } from '../planning/SessionWorkspace';

export function SessionPage() {
  const { sessionId } = useParams<{ sessionId: SessionId }>();
  const data = useLiveQuery(() => loadSessionPage(sessionId), [sessionId]);
  const [importView, setImportView] = useState<PhotoView>('frontal');
  const importRef = useRef<HTMLDivElement>(null);

  if (data.status !== 'ready') return <Loading />;
  if (!data.data) return <NotFound what="session" />;
  const { session, course, patient, photosByView, photoCount } = data.data;

  function startImport(view: PhotoView) {
    setImportView(view);
    importRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  return (
    <>
      <PageHeader
        title={`Session ${session.number}`}
        subtitle={
          <>
            {patient?.code} · {formatDate(session.date ?? session.plannedDate)} ·{' '}
            {labelOf(session.phase)} · <StatusBadge status={session.status} /> · {photoCount}{' '}
            {photoCount === 1 ? 'photo' : 'photos'}
          </>
        }
        back={{ href: paths.course(session.courseId), label: course?.title || 'Course' }}
      />
      <ViewGrid photosByView={photosByView} onImport={startImport} />
      <SessionWorkspace sessionId={session.id} />
      <SessionImport
        ref={importRef}
        patientId={session.patientId}
        sessionId={session.id}
        view={importView}
      />
    </>
  );
}
