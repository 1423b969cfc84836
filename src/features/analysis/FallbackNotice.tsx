// Says plainly when the classical estimate stands in for the model, and why.
interface Props {
  reason: string | undefined;
}

export const FALLBACK_MESSAGE =
  'Model unavailable — using the classical estimate; numbers are less reliable.';

export function FallbackNotice({ reason }: Props) {
  return (
    <div className="analysis-notice" role="status">
      <strong>{FALLBACK_MESSAGE}</strong>
      {reason && <p className="muted analysis-notice__reason">{reason}</p>}
    </div>
  );
}
