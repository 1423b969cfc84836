// Patient mode reads: the device owner's own patient record (the first one), their latest
// course with its sessions, and their photos.
import type { Course } from '../../domain/course';
import type { Patient } from '../../domain/patient';
import type { Photo } from '../../domain/photo';
import type { Session } from '../../domain/session';
import { listCourses, listPatients, listPhotosOfPatient, listSessions } from '../../app/data';

export interface PatientHomeData {
  patient: Patient;
  course: Course | undefined;
  sessions: Session[];
  photos: Photo[];
}

export async function loadPatientHome(): Promise<PatientHomeData | null> {
  // In patient mode the device holds one person; if a backup brought more, the oldest is "me".
  const patients = (await listPatients()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const patient = patients[0];
  if (!patient) return null;
  const [courses, photos] = await Promise.all([
    listCourses(patient.id),
    listPhotosOfPatient(patient.id),
  ]);
  const course = [...courses].sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  const sessions = course ? await listSessions(course.id) : [];
  return { patient, course, sessions, photos };
}
