// React contexts carrying the app mode (and whether it was chosen yet), so any screen can adapt
// without re-reading settings.
import { createContext, useContext } from 'react';
import type { AppMode } from './appMode';

export const AppModeContext = createContext<AppMode>('practitioner');
export const ModeChosenContext = createContext<boolean>(true);

export function useAppMode(): AppMode {
  return useContext(AppModeContext);
}

export function useModeChosen(): boolean {
  return useContext(ModeChosenContext);
}
