// Patients: list, search by code or name, get, put, and delete with everything recorded for
// the patient (courses, sessions, photos, blobs, analyses) in one transaction.
import type { PatientId } from '../../domain/ids';
import { normalisePatient, validatePatient, type Patient } from '../../domain/patient';
import { PATIENT_CASCADE, deletePatientCascade } from '../cascade';
import { StorageError, messageFor } from '../errors';
import { mustBeValid, putBumped, repaired, repairedAll } from '../records';
import { readTx, writeTx } from '../tx';

const what = 'patient';

function byCode(a: Patient, b: Patient): number {
  return a.code.localeCompare(b.code, undefined, { numeric: true });
}

export const patientRepo = {
  /** Every patient, sorted by code. */
  async list(): Promise<Patient[]> {
    const raws = await readTx(['patients'], (tx) => tx.objectStore('patients').getAll(), {
      what,
    });
    return repairedAll(raws, normalisePatient).sort(byCode);
  },

  /** Patients whose code or name contains `query` (case-insensitive); all when empty. */
  async search(query: string): Promise<Patient[]> {
    const q = query.trim().toLocaleLowerCase();
    const all = await patientRepo.list();
    if (q === '') return all;
    return all.filter(
      (p) =>
        p.code.toLocaleLowerCase().includes(q) || (p.name ?? '').toLocaleLowerCase().includes(q),
    );
  },

  async get(id: PatientId): Promise<Patient | undefined> {
    const raw = await readTx(['patients'], (tx) => tx.objectStore('patients').get(id), { what });
    return repaired(raw, normalisePatient);
  },

  /** Like get, but a missing patient is a StorageError of kind 'not-found'. */
  async getOrThrow(id: PatientId): Promise<Patient> {
    const p = await patientRepo.get(id);
    if (!p) throw new StorageError('not-found', messageFor('not-found', what));
    return p;
  },

  /** Patients with exactly this code (to warn about duplicates before saving). */
  async getByCode(code: string): Promise<Patient[]> {
    const raws = await readTx(
      ['patients'],
      (tx) => tx.objectStore('patients').index('code').getAll(code),
      { what },
    );
    return repairedAll(raws, normalisePatient);
  },

  /** Validates, then saves with rev + 1 and a fresh updatedAt; returns the stored record. */
  async put(patient: Patient): Promise<Patient> {
    const valid = mustBeValid(validatePatient(patient), what);
    return writeTx(['patients'], (tx, log) => putBumped(tx, 'patients', valid, log), { what });
  },

  /** Deletes the patient and all their courses, sessions, photos, blobs and analyses. */
  async delete(id: PatientId): Promise<void> {
    await writeTx(PATIENT_CASCADE, (tx, log) => deletePatientCascade(tx, id, log), { what });
  },
};
