// Mounts the analysis panel (AnalyzePhoto) under the viewer. Loaded lazily: the analysis code
// and its model runtime are large, and a user who only browses photos never needs them.
import { lazy, Suspense } from 'react';
import type { Photo } from '../../domain/photo';

const AnalyzePhoto = lazy(() =>
  import('../analysis/AnalyzePhoto').then((m) => ({ default: m.AnalyzePhoto })),
);

export function PhotoAnalysisSlot({ photo }: { photo: Photo }) {
  return (
    <Suspense fallback={<p className="muted">Loading analysis…</p>}>
      <AnalyzePhoto photo={photo} />
    </Suspense>
  );
}
