// A bubble level from device orientation, or a plain "level not available" where the device
// has no orientation sensor (most desktops).
import type { PhotoView } from '../../domain/photo';
import { levelReading, poseForView } from './level';
import { useDeviceLevel } from './useDeviceLevel';

/** Degrees of error that push the bubble to the edge of the ring. */
const FULL_SCALE_DEG = 20;
/** Bubble travel from the centre to the ring's edge, in px (ring 36, bubble 12). */
const TRAVEL_PX = 12;

export function LevelIndicator({ view }: { view: PhotoView }) {
  const { level, enable } = useDeviceLevel();
  if (level.status === 'unavailable')
    return (
      <p className="level level--na" data-testid="level">
        Level not available on this device
      </p>
    );
  if (level.status === 'needs-permission')
    return (
      <p className="level level--na" data-testid="level">
        Level not available without sensor access{' '}
        <button type="button" className="btn btn--small" onClick={enable}>
          Enable level
        </button>
      </p>
    );
  if (level.status === 'waiting')
    return (
      <p className="level muted" data-testid="level">
        Checking the level…
      </p>
    );
  const r = levelReading(level.betaDeg, level.gammaDeg, poseForView(view));
  const clamp = (d: number) => Math.max(-1, Math.min(1, d / FULL_SCALE_DEG)) * TRAVEL_PX;
  return (
    <div className={`level${r.ok ? ' level--ok' : ''}`} data-testid="level">
      <span className="level__ring" aria-hidden="true">
        <span
          className="level__bubble"
          style={{ transform: `translate(${clamp(r.rollDeg)}px, ${clamp(r.pitchDeg)}px)` }}
        />
      </span>
      <span>
        {r.ok ? 'Level' : `Tilt ${Math.round(Math.hypot(r.pitchDeg, r.rollDeg))}°`} (
        {poseForView(view) === 'flat' ? 'hold flat' : 'hold upright'})
      </span>
    </div>
  );
}
