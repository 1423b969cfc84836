// Applies a session-record edit to the course's sessions: field changes, plus re-planning when
// the session is rescheduled or done on another day (later planned sessions follow the
// template's policy). Pure, so the form's save logic is tested without a browser.
import { completeSession, moveSession } from '../../domain/schedule';
import type { ProductUse, Session, SessionStatus, SideEffect } from '../../domain/session';
import type { ReplanPolicy } from '../../domain/templates';

export interface SessionEdit {
  status: SessionStatus;
  /** Actual date when done. */
  date: string;
  plannedDate: string;
  products: ProductUse[];
  technique: string;
  sideEffects: SideEffect[];
  aftercareGiven: string[];
  notes: string;
}

export function editFromSession(s: Session, today: string): SessionEdit {
  return {
    status: s.status,
    date: s.date ?? today,
    plannedDate: s.plannedDate,
    products: s.products.length ? s.products : [{ name: '', dose: '' }],
    technique: s.technique ?? '',
    sideEffects: s.sideEffects,
    aftercareGiven: s.aftercareGiven,
    notes: s.notes,
  };
}

/** The sessions to save (the edited one first, then any re-planned later ones). */
export function applySessionEdit(
  sessions: readonly Session[],
  id: string,
  edit: SessionEdit,
  policy: ReplanPolicy,
): Session[] {
  const current = sessions.find((s) => s.id === id);
  if (!current) throw new Error(`Unknown session ${id}`);
  let list: readonly Session[] = sessions;
  const changed = new Map<string, Session>();
  const take = (r: { sessions: Session[]; changed: Session[] }) => {
    list = r.sessions;
    for (const c of r.changed) changed.set(c.id, c);
  };
  if (edit.plannedDate !== current.plannedDate) {
    take(moveSession(list, id, edit.plannedDate, policy));
  }
  if (edit.status === 'done') {
    take(completeSession(list, id, edit.date, policy));
  }
  const base = list.find((s) => s.id === id) ?? current;
  const products = edit.products
    .map((p) => ({ name: p.name.trim(), dose: p.dose.trim() }))
    .filter((p) => p.name || p.dose);
  const technique = edit.technique.trim();
  const updated: Session = {
    ...base,
    status: edit.status,
    products,
    sideEffects: edit.sideEffects,
    aftercareGiven: edit.aftercareGiven,
    notes: edit.notes,
  };
  if (technique) updated.technique = technique;
  else delete updated.technique;
  // Only a done session carries an actual date.
  if (edit.status !== 'done') delete updated.date;
  changed.delete(id);
  return [updated, ...changed.values()];
}
