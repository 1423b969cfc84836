// Route paths in one place, so links and routes cannot drift apart. Hash routing (wouter's
// useHashLocation) keeps every screen reachable from the single cached index.html when offline.
import type { CourseId, PatientId, PhotoId, SessionId } from '../domain/ids';

export const routes = {
  patients: '/',
  newPatient: '/patients/new',
  patient: '/patients/:patientId',
  newCourse: '/patients/:patientId/courses/new',
  course: '/courses/:courseId',
  session: '/sessions/:sessionId',
  photo: '/photos/:photoId',
  settings: '/settings',
} as const;

export const paths = {
  patients: () => '/',
  newPatient: () => '/patients/new',
  patient: (id: PatientId) => `/patients/${id}`,
  newCourse: (id: PatientId) => `/patients/${id}/courses/new`,
  course: (id: CourseId) => `/courses/${id}`,
  session: (id: SessionId) => `/sessions/${id}`,
  photo: (id: PhotoId) => `/photos/${id}`,
  settings: () => '/settings',
};
