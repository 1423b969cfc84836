// The .ics output: RFC 5545 structure, required properties, CRLF, octet-based folding.
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  escapeText,
  foldLine,
  photoReminderEvents,
  sessionEvents,
} from '../../../src/domain/calendar';
import { createPlannedSessions } from '../../../src/domain/schedule';
import { MESOTHERAPY_TEMPLATE } from '../../../src/domain/templates';
import type { CourseId, PatientId } from '../../../src/domain/ids';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

const course = {
  id: 'c1' as CourseId,
  patientId: 'p1' as PatientId,
  title: 'Mesotherapy spring 2026',
  startDate: '2026-01-05',
  plannedSessions: 8,
};

function sample() {
  const sessions = createPlannedSessions(course, MESOTHERAPY_TEMPLATE);
  return buildCalendar({
    now,
    calendarName: 'Trichotrack',
    events: [
      ...sessionEvents(course, sessions, MESOTHERAPY_TEMPLATE, 'Zoë Ñúñez-Łukaszewicz, TT-0042'),
      ...photoReminderEvents(course, 30, 3),
    ],
  });
}

describe('buildCalendar', () => {
  it('uses CRLF everywhere and ends with CRLF', () => {
    const ics = sample();
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every physical line to at most 75 octets, continuation lines start with a space', () => {
    const ics = sample();
    const lines = ics.split('\r\n').slice(0, -1);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long summary was folded
    // Unfolding restores valid UTF-8 text (no split multibyte sequence).
    expect(unfold(ics)).toContain('Zoë Ñúñez-Łukaszewicz\\, TT-0042');
  });

  it('pairs every BEGIN with a matching END, properly nested', () => {
    const stack: string[] = [];
    for (const l of unfold(sample()).split('\r\n')) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
  });

  it('has VCALENDAR VERSION/PRODID and each VEVENT has UID, DTSTAMP, DTSTART;VALUE=DATE, SUMMARY', () => {
    const ics = unfold(sample());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(8 + 3);
    const uids = new Set<string>();
    for (const e of events) {
      const uid = /\r\nUID:([^\r]+)/.exec(e)?.[1];
      expect(uid).toBeTruthy();
      uids.add(uid!);
      expect(e).toMatch(/\r\nDTSTAMP:20260102T030405Z\r\n/);
      expect(e).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
      expect(e).toMatch(/\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
      expect(e).toMatch(/\r\nSUMMARY:.+\r\n/);
    }
    expect(uids.size).toBe(events.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260106');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260411'); // session 8, maintenance
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('foldLine leaves short lines alone and never splits a code point', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine('SUMMARY:' + 'é'.repeat(100));
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe('SUMMARY:' + 'é'.repeat(100));
  });

  it('skips sessions that are no longer planned', () => {
    const sessions = createPlannedSessions(course, MESOTHERAPY_TEMPLATE).map((s) =>
      s.number === 1 ? { ...s, status: 'done' as const } : s,
    );
    expect(sessionEvents(course, sessions, MESOTHERAPY_TEMPLATE)).toHaveLength(7);
  });
});
