// The one door from the screens to storage: small read/write functions over the repositories
// in src/storage, so pages never juggle repositories themselves. Storage announces committed
// writes; the change bus turns those into screen refreshes.
import type { Analysis } from '../domain/analysis';
import type { Course } from '../domain/course';
import type { BlobId, CourseId, PatientId, PhotoId, SessionId } from '../domain/ids';
import type { Patient } from '../domain/patient';
import type { Photo } from '../domain/photo';
import type { Session } from '../domain/session';
import {
  analysisRepo,
  blobRepo,
  courseRepo,
  patientRepo,
  photoRepo,
  sessionRepo,
  subscribe as subscribeStorage,
} from '../storage';
import { notifyDataChanged } from './changeBus';

subscribeStorage(() => notifyDataChanged());

export { isPersisted, requestPersistence, storageEstimate } from '../storage';

export const listPatients = (): Promise<Patient[]> => patientRepo.list();
export const getPatient = (id: PatientId): Promise<Patient | undefined> => patientRepo.get(id);
export const listCourses = (patientId: PatientId): Promise<Course[]> =>
  courseRepo.byPatient(patientId);
export const getCourse = (id: CourseId): Promise<Course | undefined> => courseRepo.get(id);
export const listSessions = (courseId: CourseId): Promise<Session[]> =>
  sessionRepo.byCourse(courseId);
export const getSession = (id: SessionId): Promise<Session | undefined> => sessionRepo.get(id);
export const listPhotosOfPatient = (patientId: PatientId): Promise<Photo[]> =>
  photoRepo.byPatient(patientId);
export const listPhotosOfSession = (sessionId: SessionId): Promise<Photo[]> =>
  photoRepo.bySession(sessionId);
export const getPhoto = (id: PhotoId): Promise<Photo | undefined> => photoRepo.get(id);
export const getBlob = (id: BlobId): Promise<Blob | undefined> => blobRepo.get(id);
/** The analyses of these photos, newest first, in one read. */
export const listAnalysesOfPhotos = (ids: readonly PhotoId[]): Promise<Analysis[]> =>
  analysisRepo.byPhotos(ids);

export async function addPatient(patient: Patient): Promise<Patient> {
  return patientRepo.put(patient);
}

/** Saves a course, then its planned sessions (a course without sessions is still valid). */
export async function addCourseWithSessions(course: Course, planned: Session[]): Promise<Course> {
  const saved = await courseRepo.put(course);
  await sessionRepo.putMany(planned);
  return saved;
}

export const saveSessions = (sessions: Session[]): Promise<Session[]> =>
  sessionRepo.putMany(sessions);
export const savePhoto = (photo: Photo): Promise<Photo> => photoRepo.put(photo);
export const savePhotos = (photos: readonly Photo[]): Promise<Photo[]> => photoRepo.putMany(photos);
