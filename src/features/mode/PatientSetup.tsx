// Patient mode, first use: one short form creates "me" and my course from a template.
import { useState, type FormEvent } from 'react';
import { reportError } from '../../app/errorStore';
import { newCourse } from '../../domain/course';
import { todayIsoDate } from '../../domain/dates';
import { newPatient } from '../../domain/patient';
import { createPlannedSessions } from '../../domain/schedule';
import { MEDICATION_TEMPLATE, defaultSessionCount } from '../../domain/templates';
import { addCourseWithSessions, addPatient } from '../../app/data';
import { SchedulePreview } from '../planning/SchedulePreview';
import { TemplatePicker } from '../planning/TemplatePicker';
import { useTemplateList } from '../planning/useTemplates';

export function PatientSetup() {
  const templates = useTemplateList();
  const [templateId, setTemplateId] = useState(MEDICATION_TEMPLATE.id);
  const [startDate, setStartDate] = useState(todayIsoDate());
  const [saving, setSaving] = useState(false);
  if (!templates) return null;
  const template = templates.find((t) => t.id === templateId) ?? MEDICATION_TEMPLATE;
  const count = defaultSessionCount(template);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    try {
      const patient = await addPatient(newPatient({ code: 'ME' }));
      const course = newCourse({
        patientId: patient.id,
        treatment: template.treatment,
        title: template.name,
        startDate,
        plannedSessions: count,
        templateId: template.id,
      });
      await addCourseWithSessions(course, createPlannedSessions(course, template));
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card section form" onSubmit={submit} aria-label="Set up my course">
      <h2 className="section-title">Set up your course</h2>
      <label className="field">
        <span className="field__label">My treatment</span>
        <TemplatePicker
          templates={templates}
          value={template.id}
          onChange={(t) => setTemplateId(t.id)}
        />
      </label>
      <label className="field">
        <span className="field__label">Start date</span>
        <input
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value || todayIsoDate())}
        />
      </label>
      <SchedulePreview template={template} startDate={startDate} sessionCount={count} />
      <button type="submit" className="btn btn--primary" disabled={saving}>
        Start tracking
      </button>
    </form>
  );
}
