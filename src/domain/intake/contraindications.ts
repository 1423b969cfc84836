// The intake contraindication checklist (DOMAIN.md). Ids are what Patient.intake stores; the
// list is a default a clinic can edit in settings (stored under INTAKE_SETTINGS_KEY).
export interface Contraindication {
  id: string;
  label: string;
  /** 'absolute': do not treat; 'relative': treat only after the practitioner decides. */
  level: 'absolute' | 'relative';
}

export const INTAKE_SETTINGS_KEY = 'contraindications';

export const DEFAULT_CONTRAINDICATIONS: readonly Contraindication[] = [
  { id: 'pregnancy', label: 'Pregnancy or breast-feeding', level: 'absolute' },
  { id: 'anticoagulants', label: 'Anticoagulants or a bleeding disorder', level: 'absolute' },
  {
    id: 'scalp-infection',
    label: 'Active scalp infection or inflammation (psoriasis, wounds, fungal lesions)',
    level: 'absolute',
  },
  { id: 'allergy', label: 'Allergy to any component of the cocktail', level: 'absolute' },
  { id: 'oncology', label: 'Oncological disease', level: 'absolute' },
  { id: 'acute-illness', label: 'Acute illness or fever', level: 'absolute' },
  { id: 'diabetes', label: 'Uncontrolled diabetes', level: 'relative' },
  { id: 'autoimmune', label: 'Autoimmune disease', level: 'relative' },
  { id: 'epilepsy', label: 'Epilepsy', level: 'relative' },
  { id: 'age-limits', label: 'Outside the age limits (under 18 or over 65)', level: 'relative' },
];

/** Age range outside which 'age-limits' is suggested from the birth year. */
export const AGE_LIMITS = { minYears: 18, maxYears: 65 } as const;

/** The checklist entries that apply, in checklist order; unknown stored ids are kept as-is. */
export function applicableContraindications(
  selectedIds: readonly string[],
  list: readonly Contraindication[] = DEFAULT_CONTRAINDICATIONS,
): Contraindication[] {
  const known = list.filter((c) => selectedIds.includes(c.id));
  const unknown = selectedIds
    .filter((id) => !list.some((c) => c.id === id))
    .map((id): Contraindication => ({ id, label: id, level: 'absolute' }));
  return [...known, ...unknown];
}

/** True when the birth year puts the patient outside AGE_LIMITS this year. */
export function ageOutsideLimits(birthYear: number | undefined, currentYear: number): boolean {
  if (birthYear === undefined) return false;
  const age = currentYear - birthYear;
  return age < AGE_LIMITS.minYears || age > AGE_LIMITS.maxYears;
}

/** Repair-on-read for an edited list from settings. */
export function parseContraindicationList(v: unknown): Contraindication[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.flatMap((x): Contraindication[] => {
    if (typeof x !== 'object' || x === null) return [];
    const r = x as Record<string, unknown>;
    if (typeof r.id !== 'string' || !r.id || typeof r.label !== 'string') return [];
    return [{ id: r.id, label: r.label, level: r.level === 'relative' ? 'relative' : 'absolute' }];
  });
  return out.length ? out : null;
}
