// The contraindication warning for a patient, for screens where treatment happens (session).
import { useLiveQuery } from '../../app/useLiveQuery';
import type { Patient } from '../../domain/patient';
import { loadContraindications } from '../planning/planningData';
import { ContraindicationWarning } from './ContraindicationWarning';
import './intake.css';

export function PatientWarning({ patient }: { patient: Patient | undefined }) {
  const list = useLiveQuery(loadContraindications, []);
  const selected = patient?.intake?.contraindications ?? [];
  if (selected.length === 0) return null;
  // Before the list loads, unknown ids still show (by id) rather than no warning at all.
  return <ContraindicationWarning selected={selected} list={list.data ?? []} />;
}
