import { describe, expect, it } from 'vitest';
import { blobRef } from './blobRef';
import { newAnalysis, type Analysis } from '../../src/domain/analysis';
import type { PatientId, PhotoId, SessionId } from '../../src/domain/ids';
import { newPhoto, type Photo, type PhotoView } from '../../src/domain/photo';
import {
  coverageSeries,
  latestAnalysisByPhoto,
  seriesChange,
  type ProgressSeries,
} from '../../src/domain/progress';

function photo(id: string, view: PhotoView, capturedAt: string, session = 's1'): Photo {
  return newPhoto({
    id: id as PhotoId,
    patientId: 'p1' as PatientId,
    sessionId: session as SessionId,
    view,
    capturedAt,
    capturedAtSource: 'exif',
    widthPx: 4000,
    heightPx: 3000,
    sha256: 'ab'.repeat(32),
    fileName: `${id}.jpg`,
    original: blobRef('o'),
    working: blobRef('w'),
    thumb: blobRef('t'),
  });
}

function reading(
  photoId: string,
  coveragePct: number,
  options: {
    version?: string;
    at?: string;
    errorPp?: number;
    changeErrorPp?: number;
    low?: boolean;
    blownOutPct?: number;
  } = {},
): Analysis {
  return newAnalysis(
    {
      photoId: photoId as PhotoId,
      model: { name: 'hairseg', version: options.version ?? 'hairseg-0.2.2', backend: 'wasm' },
      metrics: [{ region: 'whole', coveragePct }],
      quality: {
        uncertainPct: 5,
        calibrated: options.errorPp !== undefined,
        lowConfidence: options.low ?? false,
        ...(options.errorPp !== undefined ? { typicalErrorPp: options.errorPp } : {}),
        ...(options.changeErrorPp !== undefined ? { changeErrorPp: options.changeErrorPp } : {}),
        ...(options.blownOutPct !== undefined ? { blownOutPct: options.blownOutPct } : {}),
      },
      durationMs: 800,
    },
    new Date(options.at ?? '2026-06-01T00:00:00Z'),
  );
}

describe('coverage progress', () => {
  const photos = [
    photo('v1', 'vertex', '2026-01-05T10:00:00Z'),
    photo('v2', 'vertex', '2026-03-05T10:00:00Z', 's2'),
    photo('f1', 'frontal', '2026-01-05T10:01:00Z'),
    photo('f2', 'frontal', '2026-03-05T10:01:00Z', 's2'),
    photo('t1', 'trichoscopy', '2026-01-05T10:02:00Z'),
  ];

  it('keeps only the newest analysis of each photo', () => {
    const old = reading('v1', 30, { at: '2026-01-05T11:00:00Z' });
    const rerun = reading('v1', 32, { at: '2026-02-01T00:00:00Z' });
    expect(latestAnalysisByPhoto([rerun, old]).get('v1' as PhotoId)).toBe(rerun);
    expect(latestAnalysisByPhoto([old, rerun]).get('v1' as PhotoId)).toBe(rerun);
  });

  it('makes one series per view in the standard view order, oldest reading first', () => {
    const series = coverageSeries(photos, [
      reading('v2', 41, { errorPp: 5 }),
      reading('v1', 30, { errorPp: 5 }),
      reading('f1', 50, { errorPp: 5 }),
      reading('f2', 49, { errorPp: 5 }),
    ]);
    expect(series.map((s) => s.view)).toEqual(['frontal', 'vertex']);
    expect(series[1]?.points.map((p) => p.coveragePct)).toEqual([30, 41]);
    // Photos without a reading (t1) make no series.
    expect(series.some((s) => s.view === 'trichoscopy')).toBe(false);
  });

  it('never joins readings of different model versions into one line', () => {
    const series = coverageSeries(photos, [
      reading('v1', 30, { version: 'hairseg-0.2.1', errorPp: 5 }),
      reading('v2', 41, { version: 'hairseg-0.2.2', errorPp: 5 }),
    ]);
    expect(series).toHaveLength(2);
    expect(series.map((s) => s.model.version)).toEqual(['hairseg-0.2.2', 'hairseg-0.2.1']);
    expect(series.every((s) => s.points.length === 1)).toBe(true);
  });

  it('calls a change real only beyond the combined error of the two readings', () => {
    const [vertex] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 6 }),
      reading('v2', 41, { errorPp: 8 }),
    ]);
    const change = seriesChange(vertex as ProgressSeries);
    expect(change?.deltaPp).toBeCloseTo(11, 6);
    expect(change?.errorPp).toBeCloseTo(10, 6); // hypot(6, 8)
    expect(change?.verdict).toBe('more-hair');
    expect(change?.daysBetween).toBe(59);

    const [small] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 6 }),
      reading('v2', 22, { errorPp: 8 }),
    ]);
    expect(seriesChange(small as ProgressSeries)?.verdict).toBe('within-error');
    const [loss] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 3 }),
      reading('v2', 22, { errorPp: 4 }),
    ]);
    expect(seriesChange(loss as ProgressSeries)?.verdict).toBe('less-hair');
  });

  it('uses the validated change error when both readings carry it', () => {
    // Typical errors of 6 and 8 would give ±10; the change calibration says ±4.
    const [vertex] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 6, changeErrorPp: 4 }),
      reading('v2', 36, { errorPp: 8, changeErrorPp: 4 }),
    ]);
    const change = seriesChange(vertex as ProgressSeries);
    expect(change?.errorPp).toBe(4);
    expect(change?.verdict).toBe('more-hair');
    // One reading without it (stored before the figure existed): back to the combined error.
    const [mixed] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 6 }),
      reading('v2', 36, { errorPp: 8, changeErrorPp: 4 }),
    ]);
    expect(seriesChange(mixed as ProgressSeries)?.errorPp).toBeCloseTo(10, 6);
  });

  it('says when there is nothing to compare or no error figure, and passes on low confidence', () => {
    const [single] = coverageSeries(photos, [reading('v1', 30, { errorPp: 5 })]);
    expect(seriesChange(single as ProgressSeries)?.verdict).toBe('single-reading');
    const [uncalibrated] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 5 }),
      reading('v2', 60, { low: true }),
    ]);
    const change = seriesChange(uncalibrated as ProgressSeries);
    expect(change?.verdict).toBe('no-error-figure');
    expect(change?.errorPp).toBeUndefined();
    expect(change?.lowConfidence).toBe(true);
  });

  it('passes on a blown-out reading as low confidence too', () => {
    const [series] = coverageSeries(photos.slice(0, 2), [
      reading('v1', 30, { errorPp: 5, changeErrorPp: 4 }),
      reading('v2', 40, { errorPp: 5, changeErrorPp: 4, blownOutPct: 44 }),
    ]);
    expect(series?.points.map((p) => p.lowConfidence)).toEqual([false, true]);
    expect(seriesChange(series as ProgressSeries)?.lowConfidence).toBe(true);
  });
});
