// Course-level planning actions: calendar export and extending maintenance.
import { buildCalendar, photoReminderEvents, sessionEvents } from '../../domain/calendar';
import type { Course } from '../../domain/course';
import type { Patient } from '../../domain/patient';
import { continueSchedule } from '../../domain/schedule';
import { newSession, type Session } from '../../domain/session';
import type { ProtocolTemplate } from '../../domain/templates';
import { downloadTextFile, slug } from './icsDownload';
import { addSessionsToCourse } from './planningData';

/** Months of photo reminders put in a patient's calendar export. */
const PHOTO_REMINDER_COUNT = 12;

export function exportCourseCalendar(
  course: Course,
  sessions: readonly Session[],
  template: ProtocolTemplate,
  patient: Patient | undefined,
  withPhotoReminders: boolean,
): void {
  const events = [
    ...sessionEvents(course, sessions, template, patient?.code),
    ...(withPhotoReminders
      ? photoReminderEvents(course, template.photoReminderIntervalDays, PHOTO_REMINDER_COUNT)
      : []),
  ];
  const ics = buildCalendar({ events, calendarName: course.title || template.name });
  downloadTextFile(`${slug(course.title)}.ics`, ics, 'text/calendar;charset=utf-8');
}

/** Appends `count` sessions after the last one, continuing the template's (maintenance) rhythm. */
export async function addSessions(
  course: Course,
  sessions: readonly Session[],
  template: ProtocolTemplate,
  count: number,
): Promise<void> {
  const last = [...sessions].sort((a, b) => a.number - b.number).at(-1);
  const from = last
    ? { number: last.number, plannedDate: last.date ?? last.plannedDate }
    : { number: 0, plannedDate: course.startDate };
  const added = continueSchedule(template, from, count).map((p) =>
    newSession({
      courseId: course.id,
      patientId: course.patientId,
      number: p.number,
      plannedDate: p.plannedDate,
      phase: p.phase,
    }),
  );
  await addSessionsToCourse(course, added, sessions.length + added.length);
}
