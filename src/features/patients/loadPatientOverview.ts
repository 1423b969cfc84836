// Reads everything the patient page shows in one go: the patient, their courses with sessions,
// and how many photos each session holds.
import { getPatient, listCourses, listPhotosOfPatient, listSessions } from '../../app/data';
import type { Course } from '../../domain/course';
import type { PatientId, SessionId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Session } from '../../domain/session';

export interface CourseOverview {
  course: Course;
  sessions: Session[];
}

export interface PatientOverview {
  patient: Patient;
  courses: CourseOverview[];
  photoCountBySession: Map<SessionId, number>;
}

export async function loadPatientOverview(id: PatientId): Promise<PatientOverview | undefined> {
  const patient = await getPatient(id);
  if (!patient) return undefined;
  const [courses, photos] = await Promise.all([listCourses(id), listPhotosOfPatient(id)]);
  const withSessions = await Promise.all(
    courses.map(async (course) => ({ course, sessions: await listSessions(course.id) })),
  );
  // Newest course first: it is the one the practitioner is working on.
  withSessions.sort((a, b) => b.course.startDate.localeCompare(a.course.startDate));
  const photoCountBySession = new Map<SessionId, number>();
  for (const photo of photos) {
    photoCountBySession.set(photo.sessionId, (photoCountBySession.get(photo.sessionId) ?? 0) + 1);
  }
  return { patient, courses: withSessions, photoCountBySession };
}
