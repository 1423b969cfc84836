// A treatment course: one treatment with a planned rhythm of sessions.
import type { CourseId, PatientId } from './ids';
import type { RecordMeta } from './record';

export const TREATMENTS = ['mesotherapy', 'prp', 'minoxidil-medication', 'other'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export interface Course extends RecordMeta {
  id: CourseId;
  patientId: PatientId;
  treatment: Treatment;
  /** Free label, e.g. "Mesotherapy spring 2026". */
  title: string;
  /** ISO date YYYY-MM-DD. */
  startDate: string;
  plannedSessions: number;
  /** Id of the protocol template the schedule came from (issue 4), if any. */
  templateId?: string;
  notes?: string;
}
