// Mounts the analysis helper's AnalyzePhoto panel under the viewer when it is part of the build.
// TEMPORARY: looked up with import.meta.glob so the viewer builds before the panel lands.
import { lazy, Suspense, type ComponentType } from 'react';
import type { Photo } from '../../domain/photo';

const modules = import.meta.glob<{ AnalyzePhoto: ComponentType<{ photo: Photo }> }>(
  '../analysis/AnalyzePhoto.tsx',
);
const load = modules['../analysis/AnalyzePhoto.tsx'];
const AnalyzePhoto = load
  ? lazy(() => load().then((m) => ({ default: m.AnalyzePhoto })))
  : undefined;

export function PhotoAnalysisSlot({ photo }: { photo: Photo }) {
  if (!AnalyzePhoto) return null;
  return (
    <Suspense fallback={<p className="muted">Loading analysis…</p>}>
      <AnalyzePhoto photo={photo} />
    </Suspense>
  );
}
