// Creates the demo patient from public/demo/manifest.json: the patient, the course, its
// sessions (done, dated start + dayOffset) and their photos. Idempotent and resumable: each
// step first looks for what an earlier (possibly interrupted) run already stored, so opening
// the demo twice never duplicates anything.
import {
  addCourseWithSessions,
  addPatient,
  listCourses,
  listPatients,
  listPhotosOfSession,
  listSessions,
  savePhoto,
  saveSessions,
} from '../../app/data';
import { newCourse, type Course } from '../../domain/course';
import { addDays, todayIsoDate } from '../../domain/dates';
import type { PatientId } from '../../domain/ids';
import { newPatient, type Patient } from '../../domain/patient';
import { blockForSession } from '../../domain/schedule';
import { newSession, type Session } from '../../domain/session';
import { MESOTHERAPY_TEMPLATE } from '../../domain/templates';
import { parseDemoManifest, type DemoManifest } from './demoManifest';
import { importDemoPhoto } from './importDemoPhoto';

const DEMO_URL = `${import.meta.env.BASE_URL}demo/`;

export type DemoProgress = (done: number, total: number) => void;

let running: Promise<PatientId> | undefined;

/** Opens (creating as needed) the demo patient; concurrent calls share one run. */
export function openDemoPatient(onProgress?: DemoProgress): Promise<PatientId> {
  running ??= buildDemo(onProgress).finally(() => {
    running = undefined;
  });
  return running;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`The demo file ${url} could not be loaded (${response.status}).`);
  return response;
}

/** Without a start date in the manifest the course ends a week before today. */
function demoStartDate(manifest: DemoManifest): string {
  if (manifest.course.startDate) return manifest.course.startDate;
  const lastOffset = Math.max(0, ...manifest.sessions.map((s) => s.dayOffset));
  return addDays(todayIsoDate(), -(lastOffset + 7));
}

async function findOrCreatePatient(manifest: DemoManifest): Promise<Patient> {
  const existing = (await listPatients()).find((p) => p.code === manifest.patient.code);
  if (existing) return existing;
  const patient = newPatient(manifest.patient);
  await addPatient(patient);
  return patient;
}

async function findOrCreateCourse(manifest: DemoManifest, patient: Patient): Promise<Course> {
  const existing = (await listCourses(patient.id)).find((c) => c.title === manifest.course.title);
  if (existing) return existing;
  const course = newCourse({
    patientId: patient.id,
    treatment: 'mesotherapy',
    title: manifest.course.title,
    startDate: demoStartDate(manifest),
    plannedSessions: Math.max(manifest.course.plannedSessions, manifest.sessions.length),
    templateId: MESOTHERAPY_TEMPLATE.id,
    ...(manifest.course.notes ? { notes: manifest.course.notes } : {}),
  });
  await addCourseWithSessions(course, []);
  return course;
}

async function ensureSessions(manifest: DemoManifest, course: Course): Promise<Session[]> {
  const existing = await listSessions(course.id);
  const missing = manifest.sessions
    .filter((d) => !existing.some((s) => s.number === d.number))
    .map((d) => {
      const date = addDays(course.startDate, d.dayOffset);
      return newSession({
        courseId: course.id,
        patientId: course.patientId,
        number: d.number,
        plannedDate: date,
        date,
        status: 'done',
        phase: blockForSession(MESOTHERAPY_TEMPLATE, d.number).phase,
      });
    });
  if (missing.length > 0) await saveSessions(missing);
  return [...existing, ...missing];
}

async function buildDemo(onProgress?: DemoProgress): Promise<PatientId> {
  const manifest = parseDemoManifest(await (await fetchOk(`${DEMO_URL}manifest.json`)).json());
  const patient = await findOrCreatePatient(manifest);
  const course = await findOrCreateCourse(manifest, patient);
  const sessions = await ensureSessions(manifest, course);

  const total = manifest.sessions.reduce((n, s) => n + s.photos.length, 0);
  let done = 0;
  for (const demoSession of manifest.sessions) {
    const session = sessions.find((s) => s.number === demoSession.number);
    if (!session) continue;
    const stored = await listPhotosOfSession(session.id);
    // Demo photos are taken mid-morning on the session day.
    const capturedAt = new Date(`${addDays(course.startDate, demoSession.dayOffset)}T10:00:00`);
    for (const demoPhoto of demoSession.photos) {
      done += 1;
      onProgress?.(done, total);
      if (stored.some((p) => p.view === demoPhoto.view)) continue;
      const bytes = await (await fetchOk(`${DEMO_URL}${demoPhoto.file}`)).blob();
      const file = new File([bytes], demoPhoto.file, {
        type: 'image/jpeg',
        lastModified: capturedAt.getTime(),
      });
      const photo = await importDemoPhoto(file, {
        patientId: patient.id,
        sessionId: session.id,
        view: demoPhoto.view,
      });
      // The synthetic JPEGs carry no EXIF date; the course calendar is the truth here. The
      // demo scope's field of view comes with its close-ups.
      const fieldOfViewMm = demoPhoto.fieldOfViewMm;
      if (
        photo &&
        (photo.capturedAt !== capturedAt.toISOString() ||
          (fieldOfViewMm !== undefined && photo.fieldOfViewMm !== fieldOfViewMm))
      ) {
        await savePhoto({
          ...photo,
          capturedAt: capturedAt.toISOString(),
          capturedAtSource: 'file',
          ...(fieldOfViewMm !== undefined ? { fieldOfViewMm } : {}),
        });
      }
    }
  }
  return patient.id;
}
