// "Open demo patient": builds (or finds) the demo patient and opens it, showing progress while
// the photos are imported.
import { useState } from 'react';
import { useLocation } from 'wouter';
import { reportError } from '../../app/errorStore';
import { paths } from '../../app/paths';
import { openDemoPatient } from './openDemoPatient';

export function OpenDemoButton() {
  const [, navigate] = useLocation();
  const [progress, setProgress] = useState<string>();

  async function open() {
    setProgress('Preparing demo…');
    try {
      const patientId = await openDemoPatient((done, total) =>
        setProgress(`Importing demo photos ${done} of ${total}…`),
      );
      navigate(paths.patient(patientId));
    } catch (error) {
      reportError(error);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <button type="button" className="btn" onClick={open} disabled={progress !== undefined}>
      {progress ?? 'Open demo patient'}
    </button>
  );
}
