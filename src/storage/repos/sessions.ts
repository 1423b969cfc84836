// Sessions: by course or patient, get, put one or many (one transaction), delete with photos.
import type { CourseId, PatientId, SessionId } from '../../domain/ids';
import { normaliseSession, validateSession, type Session } from '../../domain/session';
import { SESSION_CASCADE, deleteSessionCascade } from '../cascade';
import { mustBeValid, putBumped, repaired, repairedAll } from '../records';
import { readTx, writeTx } from '../tx';

const what = 'session';

function byNumber(a: Session, b: Session): number {
  return a.number - b.number || a.plannedDate.localeCompare(b.plannedDate);
}

export const sessionRepo = {
  /** The course's sessions in course order (number). */
  async byCourse(courseId: CourseId): Promise<Session[]> {
    const raws = await readTx(
      ['sessions'],
      (tx) => tx.objectStore('sessions').index('courseId').getAll(courseId),
      { what },
    );
    return repairedAll(raws, normaliseSession).sort(byNumber);
  },

  /** All sessions of a patient, across courses, by planned date. */
  async byPatient(patientId: PatientId): Promise<Session[]> {
    const raws = await readTx(
      ['sessions'],
      (tx) => tx.objectStore('sessions').index('patientId').getAll(patientId),
      { what },
    );
    return repairedAll(raws, normaliseSession).sort((a, b) =>
      a.plannedDate.localeCompare(b.plannedDate),
    );
  },

  async get(id: SessionId): Promise<Session | undefined> {
    const raw = await readTx(['sessions'], (tx) => tx.objectStore('sessions').get(id), { what });
    return repaired(raw, normaliseSession);
  },

  async put(session: Session): Promise<Session> {
    const [stored] = await sessionRepo.putMany([session]);
    return stored as Session;
  },

  /** Saves all sessions in one transaction (a generated schedule): all or none. */
  async putMany(sessions: Session[]): Promise<Session[]> {
    const valid = sessions.map((s) => mustBeValid(validateSession(s), what));
    return writeTx(
      ['sessions'],
      async (tx, log) => {
        const out: Session[] = [];
        for (const s of valid) out.push(await putBumped(tx, 'sessions', s, log));
        return out;
      },
      { what: valid.length > 1 ? 'sessions' : what },
    );
  },

  /** Deletes the session with its photos, their blobs and analyses. */
  async delete(id: SessionId): Promise<void> {
    await writeTx(SESSION_CASCADE, (tx, log) => deleteSessionCascade(tx, id, log), { what });
  },
};
