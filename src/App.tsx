// Root component: hash router + page shell. No logic lives here.
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppRoutes } from './app/AppRoutes';
import { AppShell } from './app/AppShell';
import { ModeGate } from './features/mode/ModeGate';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <AppShell>
        <ModeGate>
          <AppRoutes />
        </ModeGate>
      </AppShell>
    </Router>
  );
}
