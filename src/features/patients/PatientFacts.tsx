// The patient's own record at a glance on the patient page.
import { labelOf } from '../../app/format';
import type { Patient } from '../../domain/patient';

export function PatientFacts({ patient }: { patient: Patient }) {
  return (
    <dl className="facts facts--inline card">
      <div>
        <dt>Hair-loss type</dt>
        <dd>{labelOf(patient.hairLossType)}</dd>
      </div>
      <div>
        <dt>Sex</dt>
        <dd>{labelOf(patient.sex)}</dd>
      </div>
      <div>
        <dt>Birth year</dt>
        <dd>{patient.birthYear ?? '—'}</dd>
      </div>
    </dl>
  );
}
