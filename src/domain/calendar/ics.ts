// A minimal RFC 5545 writer for all-day events. Written here instead of using the `ics`
// package because that package folds lines by characters, not octets, which breaks the
// 75-octet limit for non-ASCII text (patient names, product names) — see tests.
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

export interface CalendarEvent {
  /** Globally unique and stable, so re-importing the file updates instead of duplicating. */
  uid: string;
  /** ISO date YYYY-MM-DD; events are all-day. */
  date: string;
  summary: string;
  description?: string;
  /** A display alarm this many minutes before the day starts (e.g. 720 = the evening before). */
  alarmMinutesBefore?: number;
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds a content line so no physical line exceeds 75 octets (§3.1). Continuation lines start
 * with one space, which counts toward their 75. Splits only between code points so a UTF-8
 * sequence is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF + ' ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');

/** UTC timestamp in the basic format YYYYMMDDTHHMMSSZ. */
export function formatUtcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(e: CalendarEvent, dtstamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    // All-day: DTEND is exclusive, so the next day makes a one-day event.
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push('TRANSP:TRANSPARENT');
  if (e.alarmMinutesBefore !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-PT${Math.max(0, Math.round(e.alarmMinutesBefore))}M`,
      `DESCRIPTION:${escapeText(e.summary)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR document with CRLF line endings (including the last line). */
export function buildCalendar(opts: {
  events: readonly CalendarEvent[];
  /** Injected so output is deterministic in tests. */
  now?: Date;
  calendarName?: string;
}): string {
  const stamp = formatUtcStamp(opts.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trichotrack//Course planning//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`);
  for (const e of opts.events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
