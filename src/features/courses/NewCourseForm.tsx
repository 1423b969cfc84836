// Form for a new treatment course: treatment and protocol template (kept in step: a template
// sets its treatment, a treatment picks its first template), title, start date and number of
// sessions. The session count defaults to the template's; planned dates are previewed.
import { FormActions } from '../../components/FormActions';
import { EnumSelect } from '../../components/EnumSelect';
import { useState, type FormEvent } from 'react';
import { labelOf } from '../../app/format';
import { Field } from '../../components/Field';
import { TREATMENTS, type Treatment } from '../../domain/course';
import { todayIsoDate } from '../../domain/dates';
import {
  BUILT_IN_TEMPLATES,
  defaultSessionCount,
  MAX_SESSIONS,
  type ProtocolTemplate,
} from '../../domain/templates';
import { SchedulePreview } from '../planning/SchedulePreview';
import { TemplatePicker } from '../planning/TemplatePicker';
import { templateForTreatment, type NewCourseValues } from './planCourse';

interface Props {
  onSubmit: (values: NewCourseValues) => Promise<void>;
  onCancel: () => void;
  /** Built-in and custom templates to choose from. */
  templates?: readonly ProtocolTemplate[];
}

function defaultTitle(treatment: Treatment, startDate: string): string {
  const [y, m] = startDate.split('-').map(Number);
  const month =
    y && m
      ? new Date(y, m - 1, 1).toLocaleDateString(undefined, { month: 'long', year: 'numeric' })
      : '';
  return `${labelOf(treatment)} ${month}`.trim();
}

export function NewCourseForm({ onSubmit, onCancel, templates = BUILT_IN_TEMPLATES }: Props) {
  const [templateId, setTemplateId] = useState(templateForTreatment('mesotherapy').id);
  const template =
    templates.find((t) => t.id === templateId) ?? templateForTreatment('mesotherapy');
  const treatment = template.treatment;
  const [title, setTitle] = useState('');
  const [startDate, setStartDate] = useState(todayIsoDate());
  const [sessions, setSessions] = useState(
    String(defaultSessionCount(templateForTreatment('mesotherapy'))),
  );
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  function changeTemplate(next: ProtocolTemplate) {
    setTemplateId(next.id);
    setSessions(String(defaultSessionCount(next)));
  }

  function changeTreatment(next: Treatment) {
    changeTemplate(templates.find((t) => t.treatment === next) ?? templateForTreatment(next));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const count = Number(sessions);
    if (!Number.isInteger(count) || count < 1 || count > MAX_SESSIONS) {
      setError(`Enter between 1 and ${MAX_SESSIONS} sessions.`);
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await onSubmit({
        treatment,
        title: title.trim() || defaultTitle(treatment, startDate),
        startDate,
        plannedSessions: count,
        templateId: template.id,
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <Field label="Treatment">
        <EnumSelect values={TREATMENTS} value={treatment} onChange={changeTreatment} />
      </Field>
      <Field label="Protocol template">
        <TemplatePicker templates={templates} value={template.id} onChange={changeTemplate} />
      </Field>
      <Field label="Title" hint={`Leave empty for “${defaultTitle(treatment, startDate)}”`}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="form__row">
        <Field label="Start date">
          <input
            type="date"
            value={startDate}
            required
            onChange={(e) => setStartDate(e.target.value || todayIsoDate())}
          />
        </Field>
        <Field label="Planned sessions" error={error}>
          <input
            type="number"
            min={1}
            max={MAX_SESSIONS}
            value={sessions}
            onChange={(e) => setSessions(e.target.value)}
          />
        </Field>
      </div>
      <SchedulePreview template={template} startDate={startDate} sessionCount={Number(sessions)} />
      <FormActions submitLabel="Create course" saving={saving} onCancel={onCancel} />
    </form>
  );
}
