// Guess a photo's view from its file name for batches imported with view 'auto' (clinics often
// name exports "…_vertex.jpg"). Without a match the batch's fallback view is used.
import type { PhotoView } from '../domain/photo';

const PATTERNS: readonly [RegExp, PhotoView][] = [
  [/trichoscop|dermoscop|dermatoscop|closeup|close-up/, 'trichoscopy'],
  [/temple[-_ ]?l|left[-_ ]?temple/, 'temple-left'],
  [/temple[-_ ]?r|right[-_ ]?temple/, 'temple-right'],
  [/vertex|crown/, 'vertex'],
  [/occipital|occiput|\bback\b/, 'occipital'],
  [/part[-_ ]?line|parting/, 'part-line'],
  [/mid[-_ ]?scalp|\btop\b/, 'mid-scalp'],
  [/frontal|hairline|\bfront\b/, 'frontal'],
];

export const AUTO_VIEW_FALLBACK: PhotoView = 'frontal';

export function viewFromFileName(fileName: string): PhotoView | undefined {
  const name = fileName.toLowerCase();
  return PATTERNS.find(([re]) => re.test(name))?.[1];
}
