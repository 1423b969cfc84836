// Turns a course's planned sessions and photo reminders into calendar events.
import type { Course } from '../course';
import type { Session } from '../session';
import type { ProtocolTemplate } from '../templates/types';
import { photoReminderDates } from '../schedule/status';
import type { CalendarEvent } from './ics';

const UID_DOMAIN = 'trichotrack.local';

/** One event per still-planned session; the UID is the session id so re-export updates it. */
export function sessionEvents(
  course: Pick<Course, 'title' | 'plannedSessions'>,
  sessions: readonly Session[],
  template: Pick<ProtocolTemplate, 'views' | 'sessionKind'>,
  who?: string,
): CalendarEvent[] {
  const what = template.sessionKind === 'check-in' ? 'photo check-in' : 'session';
  return sessions
    .filter((s) => s.status === 'planned')
    .map((s) => ({
      uid: `session-${s.id}@${UID_DOMAIN}`,
      date: s.plannedDate,
      summary: `${course.title}: ${what} ${s.number} of ${course.plannedSessions}${who ? ` (${who})` : ''}`,
      description: `Phase: ${s.phase}. Photos: ${template.views.join(', ')}.`,
      alarmMinutesBefore: 12 * 60,
    }));
}

/** Monthly (per template) photo reminders for a patient's own calendar. */
export function photoReminderEvents(
  course: Pick<Course, 'id' | 'title' | 'startDate'>,
  intervalDays: number,
  count: number,
): CalendarEvent[] {
  return photoReminderDates(course.startDate, intervalDays, count).map((date, i) => ({
    uid: `photo-${course.id}-${i + 1}@${UID_DOMAIN}`,
    date,
    summary: `${course.title}: take your scalp photos`,
    description: 'Same place, same light, dry hair, same parting as the first photos.',
    alarmMinutesBefore: 0,
  }));
}
