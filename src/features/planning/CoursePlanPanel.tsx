// Planning box for the course timeline: what is due next, what is overdue, calendar export,
// local reminders and adding maintenance sessions.
import { useState } from 'react';
import { formatDate } from '../../app/format';
import { reportError } from '../../app/errorStore';
import type { Course } from '../../domain/course';
import { todayIsoDate } from '../../domain/dates';
import type { Patient } from '../../domain/patient';
import { diffDays, nextDueSession, overdueSessions } from '../../domain/schedule';
import type { Session } from '../../domain/session';
import { useAppMode } from '../mode/ModeContext';
import { addSessions, exportCourseCalendar } from './courseActions';
import { DueReminders } from './DueReminders';
import { useCourseTemplate } from './useTemplates';
import './planning.css';

/** Overdue sessions named one by one; the rest are counted. */
const MAX_OVERDUE_LISTED = 3;

interface Props {
  course: Course;
  sessions: readonly Session[];
  patient?: Patient | undefined;
}

export function CoursePlanPanel({ course, sessions, patient }: Props) {
  const template = useCourseTemplate(course.templateId);
  const mode = useAppMode();
  const [busy, setBusy] = useState(false);
  if (!template) return null;

  const today = todayIsoDate();
  const next = nextDueSession(sessions);
  const overdue = overdueSessions(sessions, today);
  const daysToNext = next ? diffDays(today, next.plannedDate) : null;
  const dueText =
    next && daysToNext !== null && daysToNext <= 0
      ? `${course.title}: session ${next.number} is ${daysToNext < 0 ? 'overdue' : 'due today'}.`
      : '';

  const add = () => {
    setBusy(true);
    addSessions(course, sessions, template, 1)
      .catch(reportError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="card section plan-panel" aria-label="Planning">
      <div className="plan-panel__row">
        <div>
          <h2 className="section-title">Plan: {template.name}</h2>
          <p className="muted">{template.description}</p>
          {next ? (
            <p data-testid="next-due">
              Next {template.sessionKind === 'check-in' ? 'check-in' : 'session'}: #{next.number} on{' '}
              <strong>{formatDate(next.plannedDate)}</strong>
              {daysToNext !== null &&
                (daysToNext < 0
                  ? ` — ${-daysToNext} days overdue`
                  : daysToNext === 0
                    ? ' — today'
                    : ` — in ${daysToNext} days`)}
            </p>
          ) : (
            <p>All planned sessions are recorded.</p>
          )}
          {overdue.length > 0 && (
            <p className="plan-panel__overdue" role="status">
              Overdue:{' '}
              {overdue
                .slice(0, MAX_OVERDUE_LISTED)
                .map((s) => `#${s.number} (${formatDate(s.plannedDate)})`)
                .join(', ')}
              {overdue.length > MAX_OVERDUE_LISTED &&
                ` and ${overdue.length - MAX_OVERDUE_LISTED} more`}
            </p>
          )}
          <p className="muted">Photos each session: {template.views.length} views.</p>
        </div>
        <div className="plan-panel__actions">
          <button
            type="button"
            className="btn"
            onClick={() =>
              exportCourseCalendar(course, sessions, template, patient, mode === 'patient')
            }
          >
            Export to calendar (.ics)
          </button>
          <button type="button" className="btn" onClick={add} disabled={busy}>
            Add a {template.sessionKind === 'check-in' ? 'check-in' : 'maintenance session'}
          </button>
          {/* Patients get photo reminders from their home screen instead. */}
          {mode === 'practitioner' && <DueReminders today={today} dueText={dueText} />}
        </div>
      </div>
    </section>
  );
}
