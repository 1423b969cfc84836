// The protocol templates shipped with the app. Rhythms follow /work/shared/DOMAIN.md
// (clinic practice varies, so each one is only a default the practitioner can edit).
import type { AftercareItem, ProtocolTemplate } from './types';

/** Aftercare after scalp injections (mesotherapy, PRP); clinics differ, so it is editable. */
export const INJECTION_AFTERCARE: AftercareItem[] = [
  { id: 'no-wash-24h', text: 'Do not wash your hair for 24 hours; then use warm, not hot, water.' },
  {
    id: 'no-sun-sauna-pool',
    text: 'No direct sun, solarium, sauna, bath-house or swimming pool for 2–3 days.',
  },
  {
    id: 'no-massage-cosmetics',
    text: 'No scalp massage, masks or styling products for at least 12 hours; no massage until the marks have healed.',
  },
  { id: 'no-alcohol', text: 'Avoid alcohol for 2–3 days (it dilates blood vessels).' },
  { id: 'no-colouring', text: 'Do not colour or perm your hair during the course.' },
  {
    id: 'marks-heal',
    text: 'Tiny injection marks heal on their own within a few days. Call us if you notice strong swelling, pus or a rash.',
  },
];

export const MESOTHERAPY_TEMPLATE: ProtocolTemplate = {
  id: 'builtin-mesotherapy',
  name: 'Hair mesotherapy',
  treatment: 'mesotherapy',
  description:
    'Weekly in month one, every ~15 days in months two and three, then monthly maintenance.',
  sessionKind: 'visit',
  blocks: [
    { phase: 'intensive', sessions: 4, intervalDays: 7, label: 'weekly in month one' },
    { phase: 'intensive', sessions: 3, intervalDays: 15, label: 'every 15 days, months 2–3' },
    { phase: 'maintenance', sessions: 1, intervalDays: 30, label: 'monthly maintenance' },
  ],
  replanPolicy: 'shift-following',
  views: [
    'frontal',
    'mid-scalp',
    'vertex',
    'temple-left',
    'temple-right',
    'occipital',
    'trichoscopy',
  ],
  aftercare: INJECTION_AFTERCARE,
  photoReminderIntervalDays: 30,
  builtIn: true,
};

export const PRP_TEMPLATE: ProtocolTemplate = {
  id: 'builtin-prp',
  name: 'PRP (platelet-rich plasma)',
  treatment: 'prp',
  description:
    'Monthly for three sessions, then maintenance every 3–6 months (about 4 by default).',
  sessionKind: 'visit',
  blocks: [
    { phase: 'intensive', sessions: 3, intervalDays: 30, label: 'monthly' },
    { phase: 'maintenance', sessions: 2, intervalDays: 120, label: 'every ~4 months' },
  ],
  replanPolicy: 'shift-following',
  views: ['frontal', 'mid-scalp', 'vertex', 'occipital', 'trichoscopy'],
  aftercare: INJECTION_AFTERCARE,
  photoReminderIntervalDays: 30,
  builtIn: true,
};

export const MEDICATION_TEMPLATE: ProtocolTemplate = {
  id: 'builtin-medication',
  name: 'Topical / oral medication (e.g. minoxidil)',
  treatment: 'minoxidil-medication',
  description:
    'Baseline photos, then monthly photo check-ins for six months, then every three months.',
  sessionKind: 'check-in',
  blocks: [
    { phase: 'intensive', sessions: 7, intervalDays: 30, label: 'monthly check-ins' },
    { phase: 'maintenance', sessions: 2, intervalDays: 90, label: 'every 3 months' },
  ],
  // Check-ins are calendar reminders: a late one does not push the rest of the year.
  replanPolicy: 'keep-others',
  views: ['frontal', 'mid-scalp', 'vertex', 'occipital'],
  aftercare: [],
  photoReminderIntervalDays: 30,
  builtIn: true,
};

export const CUSTOM_TEMPLATE: ProtocolTemplate = {
  id: 'builtin-custom',
  name: 'Custom',
  treatment: 'other',
  description: 'Start from an even rhythm and edit sessions, intervals, views and aftercare.',
  sessionKind: 'visit',
  blocks: [{ phase: 'intensive', sessions: 6, intervalDays: 14, label: 'every two weeks' }],
  replanPolicy: 'shift-following',
  views: ['frontal', 'mid-scalp', 'vertex', 'occipital'],
  aftercare: [],
  photoReminderIntervalDays: 30,
  builtIn: true,
};

export const BUILT_IN_TEMPLATES: readonly ProtocolTemplate[] = [
  MESOTHERAPY_TEMPLATE,
  PRP_TEMPLATE,
  MEDICATION_TEMPLATE,
  CUSTOM_TEMPLATE,
];
