// Screen for adding a patient; on save it opens the new patient's page.
import { useLocation } from 'wouter';
import { addPatient, listPatients } from '../../app/data';
import { reportError } from '../../app/errorStore';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { PageHeader } from '../../components/PageHeader';
import { newPatient } from '../../domain/patient';
import { NewPatientForm, type NewPatientValues } from './NewPatientForm';

export function NewPatientPage() {
  const [, navigate] = useLocation();
  const patients = useLiveQuery(listPatients, []);

  async function create(values: NewPatientValues) {
    const patient = newPatient(values);
    try {
      await addPatient(patient);
      navigate(paths.patient(patient.id), { replace: true });
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <>
      <PageHeader title="New patient" back={{ href: paths.patients(), label: 'Patients' }} />
      <NewPatientForm
        onSubmit={create}
        onCancel={() => navigate(paths.patients())}
        existingCodes={patients.data?.map((p) => p.code) ?? []}
      />
    </>
  );
}
