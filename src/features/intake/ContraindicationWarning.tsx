// The visible warning shown wherever a patient with a ticked contraindication appears.
import { applicableContraindications, type Contraindication } from '../../domain/intake';

interface Props {
  selected: readonly string[];
  list: readonly Contraindication[];
}

export function ContraindicationWarning({ selected, list }: Props) {
  const hits = applicableContraindications(selected, list);
  if (hits.length === 0) return null;
  return (
    <div className="intake-warning" role="alert">
      <strong>
        Contraindication{hits.length > 1 ? 's' : ''} recorded — check before treating:
      </strong>
      <ul>
        {hits.map((c) => (
          <li key={c.id}>
            {c.label}
            {c.level === 'relative' ? ' (relative: practitioner decides)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
