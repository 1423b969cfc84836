// Intake section for the patient page: loads the editable checklist and saves to the patient.
// The summary line stays visible when collapsed and flags contraindications in red.
import { reportError } from '../../app/errorStore';
import { useLiveQuery } from '../../app/useLiveQuery';
import { emptyIntake, intakeStatus } from '../../domain/intake';
import type { Patient } from '../../domain/patient';
import { loadContraindications, savePatientIntake } from '../planning/planningData';
import { IntakeForm } from './IntakeForm';
import './intake.css';

export function IntakePanel({ patient }: { patient: Patient }) {
  const list = useLiveQuery(loadContraindications, []);
  const intake = patient.intake ?? emptyIntake();
  const status = intakeStatus(patient.intake);

  return (
    <details className="card section intake-panel" open={!status.consent}>
      <summary className="section-title">
        Intake and consent{' '}
        <span className="muted">
          {status.consent ? `· consent ${intake.consentDate}` : '· no consent recorded'}
        </span>
        {status.warnings > 0 && (
          <span className="intake-badge" role="alert">
            {' '}
            ⚠ {status.warnings} contraindication{status.warnings > 1 ? 's' : ''}
          </span>
        )}
      </summary>
      {list.status === 'ready' && (
        <IntakeForm
          key={patient.id}
          initial={intake}
          list={list.data}
          birthYear={patient.birthYear}
          onSave={(next) => savePatientIntake(patient, next).catch(reportError)}
        />
      )}
    </details>
  );
}
