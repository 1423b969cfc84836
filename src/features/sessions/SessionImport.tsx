// The import section of a session page: the import helper's ImportPanel, preset to the view
// the user asked for from an empty slot.
import { forwardRef } from 'react';
import type { PatientId, SessionId } from '../../domain/ids';
import type { PhotoView } from '../../domain/photo';
import { ImportPanel } from '../import/ImportPanel';

interface Props {
  patientId: PatientId;
  sessionId: SessionId;
  view: PhotoView;
}

export const SessionImport = forwardRef<HTMLDivElement, Props>(function SessionImport(
  { patientId, sessionId, view },
  ref,
) {
  return (
    <div ref={ref} className="session-import">
      <h2 className="section-title">Add photos to this session</h2>
      {/* The key remounts the panel (its view picker) when an empty slot asks for another view.
          Storage announces the new photos itself, so the grid refreshes without a callback. */}
      <ImportPanel key={view} patientId={patientId} sessionId={sessionId} defaultView={view} />
    </div>
  );
});
