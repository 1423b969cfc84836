// Level indicator maths: how far the phone is from the pose a view needs. Pure so it is tested
// in Node. Angles follow DeviceOrientationEvent: beta = front-back tilt, gamma = left-right.
import type { PhotoView } from '../../domain/photo';

/** 'flat': phone held horizontal looking down (crown, top); 'upright': held vertical. */
export type CapturePose = 'flat' | 'upright';

/** Within this many degrees the indicator turns green. */
export const LEVEL_TOLERANCE_DEG = 3;

export function poseForView(view: PhotoView): CapturePose {
  return view === 'vertex' || view === 'mid-scalp' || view === 'part-line' || view === 'trichoscopy'
    ? 'flat'
    : 'upright';
}

export interface LevelReading {
  /** Front-back error in degrees (positive: top edge tilted away). */
  pitchDeg: number;
  /** Left-right error in degrees. */
  rollDeg: number;
  ok: boolean;
}

export function levelReading(betaDeg: number, gammaDeg: number, pose: CapturePose): LevelReading {
  const pitchDeg = pose === 'flat' ? betaDeg : betaDeg - 90;
  const rollDeg = gammaDeg;
  return {
    pitchDeg,
    rollDeg,
    ok: Math.abs(pitchDeg) <= LEVEL_TOLERANCE_DEG && Math.abs(rollDeg) <= LEVEL_TOLERANCE_DEG,
  };
}
