// Hooks for the template list and for the template a course was planned with.
import { useLiveQuery } from '../../app/useLiveQuery';
import { findTemplate, listTemplates, type ProtocolTemplate } from '../../domain/templates';
import { loadStoredTemplates } from './planningData';

/** Custom/overridden templates as stored; [] while loading or if settings cannot be read. */
export function useStoredTemplates(): ProtocolTemplate[] | undefined {
  const q = useLiveQuery(loadStoredTemplates, []);
  if (q.status === 'loading') return undefined;
  return q.status === 'ready' ? q.data : [];
}

export function useTemplateList(): ProtocolTemplate[] | undefined {
  const stored = useStoredTemplates();
  return stored && listTemplates(stored);
}

/** The course's template; unknown ids fall back to a built-in (see findTemplate). */
export function useCourseTemplate(templateId: string | undefined): ProtocolTemplate | undefined {
  const stored = useStoredTemplates();
  return stored && findTemplate(templateId, stored);
}
