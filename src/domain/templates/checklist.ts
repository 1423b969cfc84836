// The per-session photo checklist: which of the template's views already have a photo.
import { PHOTO_VIEW_LABELS, type PhotoView } from '../photo';

export interface ViewCheck {
  view: PhotoView;
  label: string;
  taken: boolean;
}

/** One row per required view, in template order; extra views taken are not listed. */
export function photoChecklist(
  required: readonly PhotoView[],
  photos: readonly { view: PhotoView }[],
): ViewCheck[] {
  const taken = new Set(photos.map((p) => p.view));
  return required.map((view) => ({ view, label: PHOTO_VIEW_LABELS[view], taken: taken.has(view) }));
}

export function missingViews(
  required: readonly PhotoView[],
  photos: readonly { view: PhotoView }[],
): PhotoView[] {
  return photoChecklist(required, photos)
    .filter((c) => !c.taken)
    .map((c) => c.view);
}

/** Short framing hints shown during guided capture so follow-ups match the baseline. */
export const FRAMING_HINTS: Record<PhotoView, string> = {
  frontal:
    'Face the camera, forehead and hairline fill the upper half; hair combed back; eyes at the lower edge.',
  'mid-scalp':
    'From above, hair parted in the middle; the part runs top to bottom through the centre.',
  vertex: 'Straight down onto the crown, whorl in the centre, about 30 cm away.',
  'temple-left': 'Left profile, temple corner in the centre, hair combed back behind the ear.',
  'temple-right': 'Right profile, temple corner in the centre, hair combed back behind the ear.',
  occipital: 'Back of the head, reference area in the centre, same distance as the crown shot.',
  'part-line': 'Along the usual parting, the line running vertically through the frame.',
  trichoscopy: 'Dermatoscope on the marked spot, gel applied, same magnification as last time.',
};
