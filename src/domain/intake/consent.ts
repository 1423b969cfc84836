// Consent and intake record helpers (Patient.intake).
import type { Intake } from '../patient';

export function emptyIntake(): Intake {
  return { contraindications: [], notes: '', consentDate: null };
}

/** Whether treatment may start: consent recorded and no contraindication ticked. */
export function intakeStatus(intake: Intake | undefined): {
  consent: boolean;
  warnings: number;
  ready: boolean;
} {
  const consent = Boolean(intake?.consentDate);
  const warnings = intake?.contraindications.length ?? 0;
  return { consent, warnings, ready: consent && warnings === 0 };
}
