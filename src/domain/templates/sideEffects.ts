// Side effects offered in the session record (DOMAIN.md); stored as the `kind` string on
// Session.sideEffects, so a clinic can record other kinds without a code change.
export const SIDE_EFFECT_KINDS = [
  { id: 'pain', label: 'Pain' },
  { id: 'itching', label: 'Itching' },
  { id: 'hematoma', label: 'Hematoma (bruise)' },
  { id: 'redness', label: 'Redness' },
  { id: 'swelling', label: 'Swelling' },
  { id: 'folliculitis', label: 'Folliculitis' },
  { id: 'allergic-reaction', label: 'Allergic reaction' },
  { id: 'malaise', label: 'General malaise' },
] as const;

export function sideEffectLabel(kind: string): string {
  return SIDE_EFFECT_KINDS.find((k) => k.id === kind)?.label ?? kind;
}
