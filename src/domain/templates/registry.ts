// Which templates exist: the built-ins plus custom ones from settings. A stored template with
// a built-in's id replaces it, which is how a clinic edits a shipped default.
import { BUILT_IN_TEMPLATES, MESOTHERAPY_TEMPLATE } from './builtIn';
import type { ProtocolTemplate } from './types';

/** Settings key (in the storage `settings` store) holding the custom template list. */
export const TEMPLATES_SETTINGS_KEY = 'protocolTemplates';

/** Built-ins (possibly overridden) first, then custom ones, in stored order. */
export function listTemplates(stored: readonly ProtocolTemplate[] = []): ProtocolTemplate[] {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const merged = BUILT_IN_TEMPLATES.map((b) => {
    const override = byId.get(b.id);
    return override ? { ...override, builtIn: true } : b;
  });
  const builtInIds = new Set(BUILT_IN_TEMPLATES.map((b) => b.id));
  return [...merged, ...stored.filter((t) => !builtInIds.has(t.id))];
}

/** Finds a template by id; unknown ids (e.g. a deleted custom one) fall back to mesotherapy. */
export function findTemplate(
  id: string | undefined,
  stored: readonly ProtocolTemplate[] = [],
): ProtocolTemplate {
  const all = listTemplates(stored);
  return all.find((t) => t.id === id) ?? MESOTHERAPY_TEMPLATE;
}

/** Default number of sessions: the sum over the template's blocks. */
export function defaultSessionCount(t: ProtocolTemplate): number {
  return t.blocks.reduce((n, b) => n + b.sessions, 0);
}

/** Replaces or adds `t` in the stored list (what Settings saves back). */
export function upsertTemplate(
  stored: readonly ProtocolTemplate[],
  t: ProtocolTemplate,
): ProtocolTemplate[] {
  const i = stored.findIndex((s) => s.id === t.id);
  const saved = { ...t, builtIn: false };
  return i < 0 ? [...stored, saved] : stored.map((s, j) => (j === i ? saved : s));
}

/** Removes a custom template or a built-in override (the built-in default comes back). */
export function removeTemplate(
  stored: readonly ProtocolTemplate[],
  id: string,
): ProtocolTemplate[] {
  return stored.filter((s) => s.id !== id);
}
