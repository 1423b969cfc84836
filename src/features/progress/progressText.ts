// The words of the progress panel: what a change means, said with its error, for a
// practitioner or for a patient. Kept apart from the components so the wording is tested.
import { PHOTO_VIEW_LABELS } from '../../domain/photo';
import type { ProgressChange, ProgressSeries } from '../../domain/progress';

export type Audience = 'practitioner' | 'patient';

/** Visible results of mesotherapy / PRP / minoxidil usually take 1–3 months (DOMAIN.md). */
export const EARLY_COURSE_DAYS = 90;

export function seriesLabel(s: ProgressSeries): string {
  const model = s.model.name === 'classical' ? 'classical estimate' : s.model.version;
  return `${PHOTO_VIEW_LABELS[s.view]} · ${model}`;
}

export function signedPp(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(1)} pp`;
}

/** "+11.0 pp (± 10.0)" or "+11.0 pp" when there is no error figure. */
export function changeFigure(change: ProgressChange): string {
  if (change.verdict === 'single-reading') return '—';
  const err = change.errorPp !== undefined ? ` (± ${change.errorPp.toFixed(1)})` : '';
  return `${signedPp(change.deltaPp)}${err}`;
}

export function verdictText(change: ProgressChange, audience: Audience): string {
  const early =
    change.daysBetween < EARLY_COURSE_DAYS
      ? audience === 'patient'
        ? ' It is early: visible results usually take 1–3 months.'
        : ' Early in the course: visible results usually appear after 1–3 months.'
      : '';
  const check = change.lowConfidence
    ? audience === 'patient'
      ? ' One of these readings is uncertain; your clinic will check the photos.'
      : ' A reading at either end is low-confidence: check its mask.'
    : '';
  switch (change.verdict) {
    case 'single-reading':
      return audience === 'patient'
        ? 'One reading so far: the next photos will show the trend.'
        : 'One reading so far.';
    case 'no-error-figure':
      return `${audience === 'patient' ? 'These readings cannot be compared reliably.' : 'No validated error figure for this segmenter: compare the photos by eye.'}${check}`;
    case 'within-error':
      return `${audience === 'patient' ? 'No change the photos can measure yet.' : 'No change beyond the measurement error.'}${early}${check}`;
    case 'more-hair':
      return `${audience === 'patient' ? 'More hair coverage than at the start.' : 'More coverage, beyond the measurement error.'}${check}`;
    case 'less-hair':
      return `${audience === 'patient' ? 'Less hair coverage than at the start; talk to your clinic.' : 'Less coverage, beyond the measurement error.'}${check}`;
  }
}
