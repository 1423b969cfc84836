// Catches promise rejections nobody handled (a write fired from an event handler) and shows
// them in the banner, so no failure is silent even when a screen forgets to catch it.
import { useEffect } from 'react';
import { reportError } from './errorStore';

export function useGlobalErrorCapture(): void {
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => reportError(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
}
