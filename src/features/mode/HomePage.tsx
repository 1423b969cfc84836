// The "/" route: the patient list for practitioners, "My progress" for patients.
import type { ComponentType } from 'react';
import { useAppMode } from './ModeContext';
import { PatientHome } from './PatientHome';

export function HomePage({
  practitionerHome: PractitionerHome,
}: {
  practitionerHome: ComponentType;
}) {
  return useAppMode() === 'patient' ? <PatientHome /> : <PractitionerHome />;
}
