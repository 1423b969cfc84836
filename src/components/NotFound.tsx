// Shown for an unknown route or a record id that no longer exists.
import { Link } from 'wouter';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="empty-state">
      <h2>This {what} was not found</h2>
      <p>It may have been removed on this device.</p>
      <Link href="/" className="btn">
        Back to patients
      </Link>
    </div>
  );
}
