// Repair-on-read for templates loaded from settings or a backup: anything malformed is
// dropped or clamped here, so the schedule code can trust every template it gets.
import { TREATMENTS, type Treatment } from '../course';
import { PHOTO_VIEWS, type PhotoView } from '../photo';
import { SESSION_PHASES, type SessionPhase } from '../session';
import type { AftercareItem, ProtocolTemplate, ScheduleBlock } from './types';

/** Upper bounds keep a typo (e.g. 3000 sessions) from freezing the planner. */
export const MAX_SESSIONS = 60;
export const MAX_INTERVAL_DAYS = 366;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const clampInt = (v: unknown, min: number, max: number, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v)
    ? Math.min(max, Math.max(min, Math.round(v)))
    : fallback;

function parseBlock(v: unknown): ScheduleBlock | null {
  if (!isObj(v)) return null;
  const phase = SESSION_PHASES.includes(v.phase as SessionPhase)
    ? (v.phase as SessionPhase)
    : 'intensive';
  const block: ScheduleBlock = {
    phase,
    sessions: clampInt(v.sessions, 1, MAX_SESSIONS, 1),
    intervalDays: clampInt(v.intervalDays, 1, MAX_INTERVAL_DAYS, 30),
  };
  if (typeof v.label === 'string' && v.label) block.label = v.label;
  return block;
}

function parseAftercare(v: unknown): AftercareItem | null {
  if (!isObj(v) || typeof v.id !== 'string' || !v.id || typeof v.text !== 'string') return null;
  return { id: v.id, text: v.text };
}

/** Returns a normalised template, or null when it cannot be repaired (no id or no blocks). */
export function parseTemplate(v: unknown): ProtocolTemplate | null {
  if (!isObj(v) || typeof v.id !== 'string' || !v.id) return null;
  const blocks = (Array.isArray(v.blocks) ? v.blocks : [])
    .map(parseBlock)
    .filter((b): b is ScheduleBlock => b !== null);
  if (blocks.length === 0) return null;
  const views = (Array.isArray(v.views) ? v.views : []).filter((x): x is PhotoView =>
    PHOTO_VIEWS.includes(x as PhotoView),
  );
  return {
    id: v.id,
    name: str(v.name, 'Untitled template'),
    treatment: TREATMENTS.includes(v.treatment as Treatment) ? (v.treatment as Treatment) : 'other',
    description: str(v.description),
    sessionKind: v.sessionKind === 'check-in' ? 'check-in' : 'visit',
    blocks,
    replanPolicy: v.replanPolicy === 'keep-others' ? 'keep-others' : 'shift-following',
    views: [...new Set(views)],
    aftercare: (Array.isArray(v.aftercare) ? v.aftercare : [])
      .map(parseAftercare)
      .filter((a): a is AftercareItem => a !== null),
    photoReminderIntervalDays: clampInt(v.photoReminderIntervalDays, 1, MAX_INTERVAL_DAYS, 30),
    builtIn: false,
  };
}

/** Parses the stored list of custom templates; bad entries are dropped, not thrown. */
export function parseTemplateList(v: unknown): ProtocolTemplate[] {
  if (!Array.isArray(v)) return [];
  return v.map(parseTemplate).filter((t): t is ProtocolTemplate => t !== null);
}
