// The printable aftercare sheet handed to the patient after a treatment session. On screen it
// is a card; when printing, aftercare.css hides everything else so only the sheet is printed.
import { formatDate } from '../../app/format';
import type { AftercareItem } from '../../domain/templates';

interface Props {
  items: readonly AftercareItem[];
  /** Patient code (or name) printed in the header. */
  patientLabel: string;
  treatmentName: string;
  /** ISO date of the session. */
  date: string;
  sessionNumber: number;
  /** Next planned visit, if any, so the patient leaves with the date. */
  nextDate?: string | undefined;
}

export function AftercareSheet(p: Props) {
  return (
    <article className="aftercare-sheet card" aria-labelledby="aftercare-title">
      <h2 id="aftercare-title">Aftercare after your {p.treatmentName.toLowerCase()} session</h2>
      <p className="aftercare-sheet__meta">
        {p.patientLabel} · session {p.sessionNumber} · {formatDate(p.date)}
      </p>
      {p.items.length === 0 ? (
        <p>No special aftercare for this session.</p>
      ) : (
        <ul className="aftercare-sheet__list">
          {p.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
      {p.nextDate && (
        <p>
          <strong>Your next visit:</strong> {formatDate(p.nextDate)}
        </p>
      )}
      <p className="aftercare-sheet__contact">
        If you notice strong pain, spreading redness, pus, fever or a rash, contact the clinic.
      </p>
    </article>
  );
}
