// React context carrying the chosen app mode, so any screen can adapt without re-reading it.
import { createContext, useContext } from 'react';
import type { AppMode } from './appMode';

export const AppModeContext = createContext<AppMode>('practitioner');

export function useAppMode(): AppMode {
  return useContext(AppModeContext);
}
