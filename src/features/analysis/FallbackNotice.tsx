// Says plainly when the classical estimate stands in for the model (and why), or when the
// classical estimate was chosen or is what a stored analysis used.
interface Props {
  /** Why the model could not run; absent when the classical method was chosen or is stored. */
  reason: string | undefined;
}

export const FALLBACK_MESSAGE =
  'Model unavailable — using the classical estimate; numbers are less reliable.';
export const CLASSICAL_MESSAGE =
  'Classical estimate (no learned model) — numbers are less reliable than the model’s.';

export function FallbackNotice({ reason }: Props) {
  return (
    <div className="analysis-notice" role="status">
      <strong>{reason ? FALLBACK_MESSAGE : CLASSICAL_MESSAGE}</strong>
      {reason && <p className="muted analysis-notice__reason">{reason}</p>}
    </div>
  );
}
