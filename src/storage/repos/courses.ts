// Courses: by patient, get, put, and delete with their sessions, photos and analyses.
import { normaliseCourse, validateCourse, type Course } from '../../domain/course';
import type { CourseId, PatientId } from '../../domain/ids';
import { COURSE_CASCADE, deleteCourseCascade } from '../cascade';
import { mustBeValid, putBumped, repaired, repairedAll } from '../records';
import { readTx, writeTx } from '../tx';

const what = 'course';

export const courseRepo = {
  /** The patient's courses, newest start date first. */
  async byPatient(patientId: PatientId): Promise<Course[]> {
    const raws = await readTx(
      ['courses'],
      (tx) => tx.objectStore('courses').index('patientId').getAll(patientId),
      { what },
    );
    return repairedAll(raws, normaliseCourse).sort((a, b) =>
      b.startDate.localeCompare(a.startDate),
    );
  },

  async get(id: CourseId): Promise<Course | undefined> {
    const raw = await readTx(['courses'], (tx) => tx.objectStore('courses').get(id), { what });
    return repaired(raw, normaliseCourse);
  },

  /** Validates, then saves with rev + 1 and a fresh updatedAt; returns the stored record. */
  async put(course: Course): Promise<Course> {
    const valid = mustBeValid(validateCourse(course), what);
    return writeTx(['courses'], (tx, log) => putBumped(tx, 'courses', valid, log), { what });
  },

  /** Deletes the course with its sessions, their photos, blobs and analyses. */
  async delete(id: CourseId): Promise<void> {
    await writeTx(COURSE_CASCADE, (tx, log) => deleteCourseCascade(tx, id, log), { what });
  },
};
