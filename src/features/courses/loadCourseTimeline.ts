// Reads what the course timeline shows: the course, its patient, sessions in order and the
// photo count of each session.
import { getCourse, getPatient, listPhotosOfPatient, listSessions } from '../../app/data';
import type { Course } from '../../domain/course';
import type { CourseId, SessionId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Session } from '../../domain/session';
import { sortSessions } from './timeline';

export interface CourseTimeline {
  course: Course;
  patient: Patient | undefined;
  sessions: Session[];
  photoCountBySession: Map<SessionId, number>;
}

export async function loadCourseTimeline(id: CourseId): Promise<CourseTimeline | undefined> {
  const course = await getCourse(id);
  if (!course) return undefined;
  const [patient, sessions, photos] = await Promise.all([
    getPatient(course.patientId),
    listSessions(id),
    listPhotosOfPatient(course.patientId),
  ]);
  const photoCountBySession = new Map<SessionId, number>();
  for (const photo of photos) {
    photoCountBySession.set(photo.sessionId, (photoCountBySession.get(photo.sessionId) ?? 0) + 1);
  }
  return { course, patient, sessions: sortSessions(sessions), photoCountBySession };
}
