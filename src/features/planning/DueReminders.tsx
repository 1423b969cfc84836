// "Remind me" controls: ask for notification permission on click, and (once granted) show a
// local notification when something is due today or overdue.
import { useEffect, useState } from 'react';
import {
  askNotificationPermission,
  notificationState,
  notifyOncePerDay,
  type NotificationState,
} from './notifications';

interface Props {
  today: string;
  /** What is due now, e.g. "Session 3 of Mesotherapy is due today"; empty when nothing is. */
  dueText: string;
}

export function DueReminders({ today, dueText }: Props) {
  const [state, setState] = useState<NotificationState>(notificationState);

  useEffect(() => {
    if (state === 'granted' && dueText) notifyOncePerDay(today, 'Trichotrack', dueText);
  }, [state, today, dueText]);

  if (state === 'unsupported')
    return <p className="muted">Notifications are not available in this browser.</p>;
  if (state === 'granted')
    return <p className="muted">Reminders on: you will be notified here when something is due.</p>;
  if (state === 'denied')
    return (
      <p className="muted">Notifications are blocked for this site in the browser settings.</p>
    );
  return (
    <button
      type="button"
      className="btn"
      onClick={() => void askNotificationPermission().then(setState)}
    >
      Turn on reminders
    </button>
  );
}
