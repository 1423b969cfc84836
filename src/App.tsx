// Root component: hash router + page shell. No logic lives here.
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppRoutes } from './app/AppRoutes';
import { AppShell } from './app/AppShell';
import { FirstRunChooser, ModeProvider } from './features/mode/ModeProvider';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <ModeProvider>
        <AppShell>
          <FirstRunChooser />
          <AppRoutes />
        </AppShell>
      </ModeProvider>
    </Router>
  );
}
