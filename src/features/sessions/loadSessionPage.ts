// Reads what the session page shows: the session, its course and patient, and its photos
// grouped by standard view (oldest first within a view).
import { getCourse, getPatient, getSession, listPhotosOfSession } from '../../app/data';
import type { Course } from '../../domain/course';
import type { SessionId } from '../../domain/ids';
import type { Patient } from '../../domain/patient';
import type { Photo, PhotoView } from '../../domain/photo';
import type { Session } from '../../domain/session';

export interface SessionPageData {
  session: Session;
  course: Course | undefined;
  patient: Patient | undefined;
  photosByView: Map<PhotoView, Photo[]>;
  photoCount: number;
}

export function groupByView(photos: readonly Photo[]): Map<PhotoView, Photo[]> {
  const byView = new Map<PhotoView, Photo[]>();
  const sorted = [...photos].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  for (const photo of sorted) {
    const list = byView.get(photo.view) ?? [];
    list.push(photo);
    byView.set(photo.view, list);
  }
  return byView;
}

export async function loadSessionPage(id: SessionId): Promise<SessionPageData | undefined> {
  const session = await getSession(id);
  if (!session) return undefined;
  const [course, patient, photos] = await Promise.all([
    getCourse(session.courseId),
    getPatient(session.patientId),
    listPhotosOfSession(id),
  ]);
  return { session, course, patient, photosByView: groupByView(photos), photoCount: photos.length };
}
