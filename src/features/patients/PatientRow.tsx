// One line of the patient list: code, optional name, hair-loss type and birth year.
import { Link } from 'wouter';
import { labelOf } from '../../app/format';
import { paths } from '../../app/paths';
import type { Patient } from '../../domain/patient';

export function PatientRow({ patient }: { patient: Patient }) {
  return (
    <li>
      <Link href={paths.patient(patient.id)} className="list-row">
        <span className="list-row__main">
          <strong className="patient-code">{patient.code}</strong>
          {patient.name && <span className="list-row__name">{patient.name}</span>}
        </span>
        <span className="list-row__meta">
          {labelOf(patient.hairLossType)}
          {patient.birthYear ? ` · born ${patient.birthYear}` : ''}
        </span>
        <span className="list-row__chevron" aria-hidden="true">
          ›
        </span>
      </Link>
    </li>
  );
}
