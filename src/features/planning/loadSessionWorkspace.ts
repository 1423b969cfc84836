// Reads what the session workspace needs: the session, its course's sessions (for re-planning
// and the next date), the course, the patient and this session's photos.
import type { Course } from '../../domain/course';
import type { SessionId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Photo } from '../../domain/photo';
import type { Session } from '../../domain/session';
import { courseRepo, patientRepo, photoRepo, sessionRepo } from '../../storage';

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
  const session = await sessionRepo.get(id);
  if (!session) return undefined;
  const [courseSessions, course, patient, photos] = await Promise.all([
    sessionRepo.byCourse(session.courseId),
    courseRepo.get(session.courseId),
    patientRepo.get(session.patientId),
    photoRepo.bySession(id),
  ]);
  return { session, courseSessions, course, patient, photos };
}
