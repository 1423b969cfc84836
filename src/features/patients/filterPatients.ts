// Patient search: matches the query against the pseudonymous code and the optional name,
// ignoring case, accents and spacing, and keeps the list sorted by code.
import type { Patient } from '../../domain/patient';

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function filterPatients(patients: readonly Patient[], query: string): Patient[] {
  const q = normalise(query);
  const matches = q
    ? patients.filter((p) => normalise(`${p.code} ${p.name ?? ''}`).includes(q))
    : [...patients];
  return matches.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}
