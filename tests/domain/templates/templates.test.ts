// Template registry, repair-on-read and the per-session photo checklist.
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  MESOTHERAPY_TEMPLATE,
  defaultSessionCount,
  findTemplate,
  listTemplates,
  missingViews,
  parseTemplate,
  parseTemplateList,
  photoChecklist,
  removeTemplate,
  upsertTemplate,
} from '../../../src/domain/templates';

describe('templates', () => {
  it('ships mesotherapy, PRP, medication and custom with views and defaults', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.treatment)).toEqual([
      'mesotherapy',
      'prp',
      'minoxidil-medication',
      'other',
    ]);
    expect(defaultSessionCount(MESOTHERAPY_TEMPLATE)).toBe(8);
    expect(MESOTHERAPY_TEMPLATE.views).toEqual(
      expect.arrayContaining(['frontal', 'mid-scalp', 'vertex', 'occipital', 'trichoscopy']),
    );
    expect(MESOTHERAPY_TEMPLATE.aftercare.length).toBeGreaterThan(3);
    for (const t of BUILT_IN_TEMPLATES) expect(parseTemplate(t)).toEqual({ ...t, builtIn: false });
  });

  it('stored overrides replace a built-in; custom ones are appended; removal restores', () => {
    const override = { ...MESOTHERAPY_TEMPLATE, name: 'Our meso', builtIn: false };
    const custom = { ...MESOTHERAPY_TEMPLATE, id: 'custom-1', name: 'Meso fast' };
    let stored = upsertTemplate([], override);
    stored = upsertTemplate(stored, custom);
    const all = listTemplates(stored);
    expect(all[0]!.name).toBe('Our meso');
    expect(all[0]!.builtIn).toBe(true);
    expect(all.at(-1)!.id).toBe('custom-1');
    expect(findTemplate('custom-1', stored).name).toBe('Meso fast');
    expect(findTemplate('gone', stored).id).toBe(MESOTHERAPY_TEMPLATE.id);
    expect(listTemplates(removeTemplate(stored, MESOTHERAPY_TEMPLATE.id))[0]!.name).toBe(
      MESOTHERAPY_TEMPLATE.name,
    );
  });

  it('repairs malformed stored templates', () => {
    expect(parseTemplate({ id: 'x', blocks: [] })).toBeNull();
    expect(parseTemplate(null)).toBeNull();
    const t = parseTemplate({
      id: 'x',
      blocks: [{ phase: 'weird', sessions: 9999, intervalDays: -3 }],
      views: ['frontal', 'nose', 'frontal'],
      aftercare: [{ id: 'a', text: 'A' }, { text: 'no id' }],
      treatment: 'magic',
    });
    expect(t).toMatchObject({
      name: 'Untitled template',
      treatment: 'other',
      views: ['frontal'],
      aftercare: [{ id: 'a', text: 'A' }],
      blocks: [{ phase: 'intensive', sessions: 60, intervalDays: 1 }],
    });
    expect(
      parseTemplateList([{ id: 'ok', blocks: [{ sessions: 2, intervalDays: 7 }] }, 3]),
    ).toHaveLength(1);
    expect(parseTemplateList('nope')).toEqual([]);
  });

  it('photo checklist marks taken and missing views in template order', () => {
    const list = photoChecklist(['frontal', 'vertex', 'occipital'], [{ view: 'vertex' }]);
    expect(list.map((c) => [c.view, c.taken])).toEqual([
      ['frontal', false],
      ['vertex', true],
      ['occipital', false],
    ]);
    expect(
      missingViews(['frontal', 'vertex'], [{ view: 'vertex' }, { view: 'trichoscopy' }]),
    ).toEqual(['frontal']);
  });
});
