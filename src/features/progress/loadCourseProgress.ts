// Reads what the progress panel shows: the course's photos (those of its sessions) and every
// analysis of them. The series and the change are computed in the domain (domain/progress.ts).
import { getCourse, listAnalysesOfPhotos, listPhotosOfPatient, listSessions } from '../../app/data';
import type { Analysis } from '../../domain/analysis';
import type { CourseId } from '../../domain/ids';
import type { Photo } from '../../domain/photo';

export interface CourseProgress {
  photos: Photo[];
  analyses: Analysis[];
}

export async function loadCourseProgress(id: CourseId): Promise<CourseProgress | undefined> {
  const course = await getCourse(id);
  if (!course) return undefined;
  const [sessions, patientPhotos] = await Promise.all([
    listSessions(id),
    listPhotosOfPatient(course.patientId),
  ]);
  const sessionIds = new Set(sessions.map((s) => s.id));
  const photos = patientPhotos.filter((p) => sessionIds.has(p.sessionId));
  const analyses = await listAnalysesOfPhotos(photos.map((p) => p.id));
  return { photos, analyses };
}
