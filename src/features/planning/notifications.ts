// Local notifications for due sessions and photos: the Notification API only, no server and no
// push. Permission is asked for on a user click (browsers block it otherwise); when it is not
// granted, the in-app "due" banners are all the user gets.
const LAST_SHOWN_KEY = 'trichotrack.lastDueNotification';

export type NotificationState = 'unsupported' | NotificationPermission;

export function notificationState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Must be called from a click handler. */
export async function askNotificationPermission(): Promise<NotificationState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/**
 * Shows one notification per day at most (the app may be opened many times a day). The
 * last-shown day lives in localStorage: it is device state, not patient data.
 */
export function notifyOncePerDay(today: string, title: string, body: string): boolean {
  if (notificationState() !== 'granted' || !body) return false;
  try {
    if (localStorage.getItem(LAST_SHOWN_KEY) === today) return false;
    localStorage.setItem(LAST_SHOWN_KEY, today);
  } catch {
    // Storage blocked (private mode): showing it again tomorrow is harmless.
  }
  new Notification(title, { body, tag: 'trichotrack-due' });
  return true;
}
