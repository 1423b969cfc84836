// The planned dates a template gives for a start date, shown before the course is created so
// the practitioner can check them at a glance.
import { formatDate, labelOf } from '../../app/format';
import { generateSchedule, isIsoDate } from '../../domain/schedule';
import type { ProtocolTemplate } from '../../domain/templates';

interface Props {
  template: ProtocolTemplate;
  startDate: string;
  sessionCount: number;
}

export function SchedulePreview({ template, startDate, sessionCount }: Props) {
  if (!isIsoDate(startDate) || !(sessionCount >= 1)) return null;
  const plan = generateSchedule(template, startDate, sessionCount);
  return (
    <div className="schedule-preview">
      <p className="field__hint">{template.description}</p>
      <ol className="schedule-preview__list" aria-label="Planned dates">
        {plan.map((p) => (
          <li key={p.number} data-phase={p.phase}>
            <span className="schedule-preview__date">{formatDate(p.plannedDate)}</span>
            <span className="muted">
              {labelOf(p.phase)}
              {p.intervalDays > 0 ? ` · +${p.intervalDays} d` : ' · start'}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
