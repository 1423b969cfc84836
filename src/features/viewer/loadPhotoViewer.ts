// Reads what the photo viewer shows: the photo, its session and patient, and the photos of the
// same view in the patient's other sessions of the course (for previous / next).
import {
  getCourse,
  getPatient,
  getPhoto,
  getSession,
  listPhotosOfPatient,
  listSessions,
} from '../../app/data';
import type { Course } from '../../domain/course';
import type { PhotoId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Photo } from '../../domain/photo';
import type { Session } from '../../domain/session';
import { sameViewSequence } from './sameViewSequence';

export interface PhotoViewerData {
  photo: Photo;
  session: Session | undefined;
  course: Course | undefined;
  patient: Patient | undefined;
  previous: Photo | undefined;
  next: Photo | undefined;
  /** Session number of each photo in the sequence, for link labels. */
  sessionNumberOf: (photo: Photo) => number | undefined;
}

export async function loadPhotoViewer(id: PhotoId): Promise<PhotoViewerData | undefined> {
  const photo = await getPhoto(id);
  if (!photo) return undefined;
  const session = await getSession(photo.sessionId);
  const [course, patient, sessions, photos] = await Promise.all([
    session ? getCourse(session.courseId) : undefined,
    getPatient(photo.patientId),
    session ? listSessions(session.courseId) : [],
    listPhotosOfPatient(photo.patientId),
  ]);
  const numberById = new Map(sessions.map((s) => [s.id, s.number]));
  const sequence = sameViewSequence(photos, photo.view, numberById);
  const at = sequence.findIndex((p) => p.id === photo.id);
  return {
    photo,
    session,
    course,
    patient,
    previous: at > 0 ? sequence[at - 1] : undefined,
    next: at >= 0 ? sequence[at + 1] : undefined,
    sessionNumberOf: (p) => numberById.get(p.sessionId),
  };
}
