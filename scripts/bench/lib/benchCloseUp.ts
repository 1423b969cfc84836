// The benches' trichoscopy close-up: a held-out count image enlarged to 2048×1536 (shafts ~30–60
// px, as a dermatoscope photo's at the analysis scale). Node's hairCount rows and Chromium's
// close-up rows read this one photo, so their figures stay comparable.
import { join } from 'node:path';
import sharp from 'sharp';
import { repoRoot } from './benchPage';

/** The count image enlarged, relative to the repository root (for the rows' notes). */
export const CLOSE_UP_SOURCE = join('models', 'eval-count', '9500003.jpg');

export const closeUpPhoto = () =>
  sharp(join(repoRoot, CLOSE_UP_SOURCE)).resize(2048, 1536, { fit: 'fill', kernel: 'lanczos3' });
