// Saving a session record: field changes, re-planning on reschedule or a late visit.
import { describe, expect, it } from 'vitest';
import type { CourseId, PatientId } from '../../../src/domain/ids';
import { createPlannedSessions } from '../../../src/domain/schedule';
import { MESOTHERAPY_TEMPLATE } from '../../../src/domain/templates';
import { applySessionEdit, editFromSession } from '../../../src/features/planning/sessionEdit';
import { linesToItems, slugId } from '../../../src/features/planning/editLines';

const sessions = createPlannedSessions(
  { id: 'c' as CourseId, patientId: 'p' as PatientId, startDate: '2026-03-02', plannedSessions: 8 },
  MESOTHERAPY_TEMPLATE,
);

describe('applySessionEdit', () => {
  it('records a done session with products and side effects, re-planning later ones', () => {
    const s2 = sessions[1]!;
    const edit = {
      ...editFromSession(s2, '2026-03-10'),
      status: 'done' as const,
      date: '2026-03-10',
      products: [
        { name: ' Cocktail A ', dose: '2 ml' },
        { name: '', dose: '' },
      ],
      technique: '  ',
      sideEffects: [{ kind: 'hematoma', severity: 'moderate' as const }],
      aftercareGiven: ['no-wash-24h'],
      notes: 'ok',
    };
    const changed = applySessionEdit(sessions, s2.id, edit, 'shift-following');
    expect(changed[0]).toMatchObject({
      id: s2.id,
      status: 'done',
      date: '2026-03-10',
      plannedDate: '2026-03-09',
      products: [{ name: 'Cocktail A', dose: '2 ml' }],
      sideEffects: [{ kind: 'hematoma', severity: 'moderate' }],
      aftercareGiven: ['no-wash-24h'],
      notes: 'ok',
    });
    expect(changed[0]!.technique).toBeUndefined();
    expect(changed.slice(1).map((s) => s.number)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(changed[1]!.plannedDate).toBe('2026-03-17'); // was 03-16, +1 day
  });

  it('rescheduling a planned session moves it and, per policy, the later ones', () => {
    const s3 = sessions[2]!;
    const edit = { ...editFromSession(s3, '2026-03-01'), plannedDate: '2026-03-20' };
    const shifted = applySessionEdit(sessions, s3.id, edit, 'shift-following');
    expect(shifted[0]).toMatchObject({ plannedDate: '2026-03-20', status: 'planned' });
    expect(shifted[0]!.date).toBeUndefined();
    expect(shifted).toHaveLength(6);
    const alone = applySessionEdit(sessions, s3.id, edit, 'keep-others');
    expect(alone).toHaveLength(1);
  });

  it('a plain field edit saves only that session', () => {
    const s1 = sessions[0]!;
    const changed = applySessionEdit(
      sessions,
      s1.id,
      { ...editFromSession(s1, '2026-03-02'), notes: 'called to confirm' },
      'shift-following',
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]!.notes).toBe('called to confirm');
  });
});

describe('linesToItems', () => {
  it('keeps ids of unchanged lines and makes unique ids for new ones', () => {
    const prev = [
      { id: 'a', text: 'Keep me' },
      { id: 'b', text: 'Drop me' },
    ];
    const out = linesToItems(
      'Keep me\n\nNew line\nNew line',
      prev,
      (x) => x.text,
      (id, text) => ({ id, text }),
    );
    expect(out).toEqual([
      { id: 'a', text: 'Keep me' },
      { id: 'new-line', text: 'New line' },
      { id: 'new-line-2', text: 'New line' },
    ]);
    expect(slugId('Ünïcode & more!', new Set())).toBe('unicode-more');
  });
});
