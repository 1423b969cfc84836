// Home screen: the patient list with search, "New patient", and — when there are no patients
// yet — an empty state that offers the demo patient.
import { useState } from 'react';
import { Link } from 'wouter';
import { listPatients } from '../../app/data';
import { paths } from '../../app/paths';
import { useLiveQuery } from '../../app/useLiveQuery';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { OpenDemoButton } from '../demo/OpenDemoButton';
import { filterPatients } from './filterPatients';
import { PatientRow } from './PatientRow';

export function PatientListPage() {
  const patients = useLiveQuery(listPatients, []);
  const [query, setQuery] = useState('');

  const newPatient = (
    <Link href={paths.newPatient()} className="btn btn--primary">
      New patient
    </Link>
  );

  if (patients.status !== 'ready') return <Loading />;

  if (patients.data.length === 0) {
    return (
      <>
        <PageHeader title="Patients" />
        <EmptyState title="No patients yet">
          <p>
            Add your first patient, or open a demo patient with an 8-session mesotherapy course.
          </p>
          <div className="button-row">
            {newPatient}
            <OpenDemoButton />
          </div>
        </EmptyState>
      </>
    );
  }

  const shown = filterPatients(patients.data, query);
  return (
    <>
      <PageHeader
        title="Patients"
        subtitle={`${patients.data.length} on this device`}
        actions={newPatient}
      />
      <input
        type="search"
        className="search"
        placeholder="Search by code or name"
        aria-label="Search patients"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted">No patient matches “{query}”.</p>
      ) : (
        <ul className="list" aria-label="Patients">
          {shown.map((p) => (
            <PatientRow key={p.id} patient={p} />
          ))}
        </ul>
      )}
    </>
  );
}
