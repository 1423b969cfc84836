// Reads what the session workspace needs: the session, its course's sessions (for re-planning
// and the next date), the course, the patient and this session's photos.
import type { Course } from '../../domain/course';
import type { SessionId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Photo } from '../../domain/photo';
import type { Session } from '../../domain/session';
import {
  getCourse,
  getPatient,
  getSession,
  listPhotosOfSession,
  listSessions,
} from '../../app/data';

export interface SessionWorkspaceData {
  session: Session;
  courseSessions: Session[];
  course: Course | undefined;
  patient: Patient | undefined;
  photos: Photo[];
}

export async function loadSessionWorkspace(
  id: SessionId,
): Promise<SessionWorkspaceData | undefined> {
  const session = await getSession(id);
  if (!session) return undefined;
  const [courseSessions, course, patient, photos] = await Promise.all([
    listSessions(session.courseId),
    getCourse(session.courseId),
    getPatient(session.patientId),
    listPhotosOfSession(id),
  ]);
  return { session, courseSessions, course, patient, photos };
}
