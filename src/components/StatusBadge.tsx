// A small coloured label for a session status (planned, done, missed, cancelled, due).
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status}`}>{status}</span>;
}
