// Everything issue 4 adds to a session page: what to do and photograph (from the course's
// template), guided capture, the session record, and the printable aftercare sheet.
// Mount with <SessionWorkspace sessionId={…} />; it loads its own data.
import { useState } from 'react';
import { labelOf } from '../../app/format';
import { useLiveQuery } from '../../app/useLiveQuery';
import { todayIsoDate } from '../../domain/dates';
import type { SessionId } from '../../domain/ids';
import type { PhotoView } from '../../domain/photo';
import { AftercareSheet, printAftercareSheet } from '../aftercare';
import { GuidedCapture } from '../capture/GuidedCapture';
import { PatientWarning } from '../intake/PatientWarning';
import { useAppMode } from '../mode/ModeContext';
import { loadSessionWorkspace } from './loadSessionWorkspace';
import { PhotoChecklist } from './PhotoChecklist';
import { SessionRecordForm } from './SessionRecordForm';
import { useCourseTemplate } from './useTemplates';
import './planning.css';

export function SessionWorkspace({ sessionId }: { sessionId: SessionId }) {
  const data = useLiveQuery(() => loadSessionWorkspace(sessionId), [sessionId]);
  const template = useCourseTemplate(data.data?.course?.templateId);
  const mode = useAppMode();
  const [captureView, setCaptureView] = useState<PhotoView | null>(null);

  if (!data.data || !template) return null;
  const { session, courseSessions, patient, photos } = data.data;
  const today = todayIsoDate();
  const next = courseSessions.find((s) => s.status === 'planned' && s.number > session.number);
  const given = template.aftercare.filter((a) => session.aftercareGiven.includes(a.id));
  const firstMissing = template.views.find((v) => !photos.some((p) => p.view === v));

  return (
    <>
      {mode === 'practitioner' && <PatientWarning patient={patient} />}
      <section className="card section" aria-labelledby="todo-title">
        <h2 id="todo-title" className="section-title">
          {template.sessionKind === 'check-in' ? 'Photo check-in' : 'What to do'}: {template.name},{' '}
          {labelOf(session.phase).toLowerCase()} phase
        </h2>
        <PhotoChecklist views={template.views} photos={photos} onCapture={setCaptureView} />
        {captureView === null && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setCaptureView(firstMissing ?? template.views[0] ?? 'frontal')}
          >
            Open guided capture
          </button>
        )}
      </section>
      {captureView !== null && (
        <GuidedCapture
          key={captureView}
          patientId={session.patientId}
          sessionId={session.id}
          views={template.views.length ? template.views : [captureView]}
          initialView={captureView}
          onClose={() => setCaptureView(null)}
        />
      )}
      {mode === 'practitioner' && (
        <section className="card section" aria-labelledby="record-title">
          <h2 id="record-title" className="section-title">
            Session record
          </h2>
          <SessionRecordForm
            key={session.id}
            session={session}
            courseSessions={courseSessions}
            template={template}
            today={today}
          />
        </section>
      )}
      {mode === 'practitioner' && template.aftercare.length > 0 && (
        <section className="section" aria-label="Aftercare sheet">
          <div className="button-row">
            <button type="button" className="btn" onClick={printAftercareSheet}>
              Print aftercare sheet
            </button>
          </div>
          <AftercareSheet
            items={given.length ? given : template.aftercare}
            patientLabel={patient?.code ?? ''}
            treatmentName={template.name}
            date={session.date ?? session.plannedDate}
            sessionNumber={session.number}
            nextDate={next?.plannedDate}
          />
        </section>
      )}
    </>
  );
}
