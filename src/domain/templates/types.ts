// Protocol template types: what a treatment course looks like before it is planned.
// A template is plain data (stored in settings when custom) so every clinical default
// (rhythm, views, aftercare) stays editable without code changes.
import type { Treatment } from '../course';
import type { PhotoView } from '../photo';
import type { SessionPhase } from '../session';

/** A run of sessions with the same rhythm, e.g. "4 sessions, weekly, intensive". */
export interface ScheduleBlock {
  phase: SessionPhase;
  /** Sessions in this block (>= 1). */
  sessions: number;
  /** Days from the previous session to each session of this block (ignored for session 1). */
  intervalDays: number;
  /** Human label for the rhythm, e.g. "weekly in month one". */
  label?: string;
}

/** One line of the printable aftercare sheet; `id` is what Session.aftercareGiven stores. */
export interface AftercareItem {
  id: string;
  text: string;
}

/**
 * How later planned sessions react when one session moves:
 * - 'shift-following': every later planned session moves by the same number of days, so
 *   the intervals between sessions (the treatment rhythm) are kept.
 * - 'keep-others': only the moved session changes (calendar-anchored check-ins).
 */
export type ReplanPolicy = 'shift-following' | 'keep-others';

export interface ProtocolTemplate {
  /** Stable id, stored on Course.templateId. Built-ins start with "builtin-". */
  id: string;
  name: string;
  treatment: Treatment;
  description: string;
  /** What a session is for the patient: a clinic visit or a photo check-in at home. */
  sessionKind: 'visit' | 'check-in';
  /** Blocks in order; the default session count is the sum of their sessions. */
  blocks: ScheduleBlock[];
  /** Sessions beyond the blocks' total repeat the last block's interval and phase. */
  replanPolicy: ReplanPolicy;
  /** Views to photograph at every session, in the order to take them. */
  views: PhotoView[];
  /** Printable aftercare sheet for treatment sessions; empty for check-ins. */
  aftercare: AftercareItem[];
  /** Days between photo reminders in patient mode (monthly by default). */
  photoReminderIntervalDays: number;
  /** True for the templates shipped with the app (they can be overridden, not deleted). */
  builtIn: boolean;
}
