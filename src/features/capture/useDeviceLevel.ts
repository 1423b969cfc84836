// Device orientation for the level indicator. Desktop browsers often expose the event but never
// fire it, so "available" is only decided after a first real reading or a short timeout.
import { useCallback, useEffect, useState } from 'react';

const WAIT_FOR_FIRST_READING_MS = 1500;

export type LevelState =
  | { status: 'waiting' }
  | { status: 'unavailable' }
  /** iOS: needs a permission request from a click before events arrive. */
  | { status: 'needs-permission' }
  | { status: 'ok'; betaDeg: number; gammaDeg: number };

// iOS Safari adds a static requestPermission(); the DOM typings do not declare it.
type OrientationEventWithPermission = typeof DeviceOrientationEvent & {
  requestPermission?: () => Promise<'granted' | 'denied'>;
};

export function useDeviceLevel(): { level: LevelState; enable: () => void } {
  const supported = typeof window !== 'undefined' && 'DeviceOrientationEvent' in window;
  const [level, setLevel] = useState<LevelState>(() =>
    supported ? { status: 'waiting' } : { status: 'unavailable' },
  );
  // Bumped by enable() to listen again after a permission grant.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!supported) return;
    const onOrientation = (e: DeviceOrientationEvent) => {
      if (e.beta === null || e.gamma === null) return;
      setLevel({ status: 'ok', betaDeg: e.beta, gammaDeg: e.gamma });
    };
    window.addEventListener('deviceorientation', onOrientation);
    const timer = setTimeout(() => {
      // Listening first and asking only when nothing arrives avoids a needless prompt on
      // browsers that deliver events without permission.
      const canAsk =
        attempt === 0 &&
        typeof (DeviceOrientationEvent as OrientationEventWithPermission).requestPermission ===
          'function';
      setLevel((l) =>
        l.status === 'ok' ? l : { status: canAsk ? 'needs-permission' : 'unavailable' },
      );
    }, WAIT_FOR_FIRST_READING_MS);
    return () => {
      window.removeEventListener('deviceorientation', onOrientation);
      clearTimeout(timer);
    };
  }, [supported, attempt]);

  const enable = useCallback(() => {
    const request = (DeviceOrientationEvent as OrientationEventWithPermission).requestPermission;
    if (!request) return;
    request().then(
      (r) => {
        setLevel(r === 'granted' ? { status: 'waiting' } : { status: 'unavailable' });
        if (r === 'granted') setAttempt((a) => a + 1);
      },
      () => setLevel({ status: 'unavailable' }),
    );
  }, []);

  return { level, enable };
}
