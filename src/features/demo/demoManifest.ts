// Reads public/demo/manifest.json (format in docs/CONTRACTS.md, written by models/synth).
// Parsed defensively: a missing optional field falls back to a sensible demo default rather
// than failing the whole demo.
import { HAIR_LOSS_TYPES, SEXES, type Intake, type Patient } from '../../domain/patient';
import { fieldOfViewProblem } from '../../domain/density';
import { PHOTO_VIEWS, type PhotoView } from '../../domain/photo';

export interface DemoPhoto {
  view: PhotoView;
  file: string;
  /** Trichoscopy: the demo scope's field-of-view width, mm. */
  fieldOfViewMm?: number;
}

export interface DemoSession {
  number: number;
  dayOffset: number;
  photos: DemoPhoto[];
}

export interface DemoManifest {
  patient: Pick<Patient, 'code' | 'name' | 'sex' | 'birthYear' | 'hairLossType' | 'intake'>;
  course: { title: string; startDate?: string; plannedSessions: number; notes?: string };
  sessions: DemoSession[];
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x ? x : undefined);
const num = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isFinite(x) ? x : undefined;
function oneOf<T extends string>(x: unknown, options: readonly T[], fallback: T): T {
  return options.includes(x as T) ? (x as T) : fallback;
}

function parseIntake(x: unknown): Intake | undefined {
  if (!isObj(x)) return undefined;
  return {
    contraindications: Array.isArray(x.contraindications)
      ? x.contraindications.filter((c): c is string => typeof c === 'string')
      : [],
    notes: str(x.notes) ?? '',
    consentDate: str(x.consentDate) ?? null,
  };
}

export function parseDemoManifest(raw: unknown): DemoManifest {
  if (!isObj(raw) || !Array.isArray(raw.sessions))
    throw new Error('The demo manifest is not valid.');
  const p = isObj(raw.patient) ? raw.patient : {};
  const c = isObj(raw.course) ? raw.course : {};
  const sessions = raw.sessions.filter(isObj).map((s, i) => ({
    number: num(s.number) ?? i + 1,
    dayOffset: num(s.dayOffset) ?? 0,
    photos: (Array.isArray(s.photos) ? s.photos : []).filter(isObj).flatMap((ph) => {
      const file = str(ph.file);
      const view = PHOTO_VIEWS.find((v) => v === ph.view);
      const fieldOfViewMm = num(ph.fieldOfViewMm);
      const usable = fieldOfViewMm !== undefined && fieldOfViewProblem(fieldOfViewMm) === undefined;
      return file && view ? [{ view, file, ...(usable ? { fieldOfViewMm } : {}) }] : [];
    }),
  }));
  const name = str(p.name);
  const birthYear = num(p.birthYear);
  const startDate = str(c.startDate);
  const notes = str(c.notes);
  const intake = parseIntake(p.intake);
  return {
    patient: {
      code: str(p.code) ?? 'DEMO-001',
      ...(name ? { name } : {}),
      sex: oneOf(p.sex, SEXES, 'male'),
      ...(birthYear ? { birthYear } : {}),
      hairLossType: oneOf(p.hairLossType, HAIR_LOSS_TYPES, 'male-pattern'),
      ...(intake ? { intake } : {}),
    },
    course: {
      title: str(c.title) ?? 'Demo mesotherapy course',
      ...(startDate ? { startDate } : {}),
      plannedSessions: num(c.plannedSessions) ?? sessions.length,
      ...(notes ? { notes } : {}),
    },
    sessions: sessions.sort((a, b) => a.number - b.number),
  };
}
