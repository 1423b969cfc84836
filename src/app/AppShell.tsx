// Page frame: top bar with the brand and main navigation, the error banner, then the screen.
import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useAppMode } from '../features/mode/ModeContext';
import { OfflineStatus } from '../features/offline/OfflineStatus';
import { ErrorBanner } from './ErrorBanner';
import { paths, routes } from './paths';
import { useGlobalErrorCapture } from './useGlobalErrorCapture';

export function AppShell({ children }: { children: ReactNode }) {
  useGlobalErrorCapture();
  const [onSettings] = useRoute(routes.settings);
  const mode = useAppMode();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href={paths.patients()} className="topbar__brand">
          Trichotrack
        </Link>
        <OfflineStatus />
        <nav className="topbar__nav" aria-label="Main">
          <Link href={paths.patients()} className={onSettings ? '' : 'is-active'}>
            {mode === 'patient' ? 'My progress' : 'Patients'}
          </Link>
          <Link href={paths.settings()} className={onSettings ? 'is-active' : ''}>
            Settings
          </Link>
        </nav>
      </header>
      <ErrorBanner />
      <main className="content">{children}</main>
    </div>
  );
}
