// Hair coverage over a course: one series per photo view and segmenter version, and the change
// from the first reading to the latest with the measurement error that goes with it. Readings
// of different models (or of the classical fallback) are never joined into one line: a new
// model version reads differently, and a jump between versions is not a treatment effect.
import { readingNeedsCheck, WHOLE_REGION, type Analysis } from './analysis';
import type { PhotoId, SessionId } from './ids';
import { PHOTO_VIEWS, type Photo, type PhotoView } from './photo';

export interface ProgressPoint {
  photoId: PhotoId;
  sessionId: SessionId;
  /** ISO timestamp the photo was taken. */
  capturedAt: string;
  coveragePct: number;
  /** The segmenter's 90th-percentile coverage error on validation, pp; absent if uncalibrated. */
  typicalErrorPp?: number;
  /** The segmenter's 90th-percentile error of a change between two photos of one scalp, pp. */
  changeErrorPp?: number;
  lowConfidence: boolean;
}

export interface ProgressSeries {
  view: PhotoView;
  model: { name: string; version: string };
  /** Oldest first. */
  points: ProgressPoint[];
}

/**
 * - more-hair / less-hair: the change is larger than its error (ProgressChange.errorPp);
 * - within-error: it is not, so the photos do not show a change;
 * - no-error-figure: a reading has no validated error (uncalibrated segmenter);
 * - single-reading: nothing to compare yet.
 */
export type ChangeVerdict =
  'more-hair' | 'less-hair' | 'within-error' | 'no-error-figure' | 'single-reading';

export interface ProgressChange {
  first: ProgressPoint;
  last: ProgressPoint;
  deltaPp: number;
  /**
   * Error of the change, pp: the segmenter's validated change error when both readings carry it
   * (one series is one model version, so it is the same figure), else the root sum of squares
   * of the two readings' typical errors, which overstates it (their biases are shared).
   */
  errorPp?: number;
  verdict: ChangeVerdict;
  /** A reading at either end was flagged low-confidence: check its mask before trusting this. */
  lowConfidence: boolean;
  daysBetween: number;
}

/** The newest analysis of each photo (a re-run replaces the earlier reading). */
export function latestAnalysisByPhoto(analyses: readonly Analysis[]): Map<PhotoId, Analysis> {
  const latest = new Map<PhotoId, Analysis>();
  for (const analysis of analyses) {
    const seen = latest.get(analysis.photoId);
    if (!seen || analysis.createdAt > seen.createdAt) latest.set(analysis.photoId, analysis);
  }
  return latest;
}

function seriesKey(view: PhotoView, model: { name: string; version: string }): string {
  return `${view}\u0000${model.name}\u0000${model.version}`;
}

/** Series in the standard view order; within a view, the series with the latest reading first. */
export function coverageSeries(
  photos: readonly Photo[],
  analyses: readonly Analysis[],
): ProgressSeries[] {
  const latest = latestAnalysisByPhoto(analyses);
  const byKey = new Map<string, ProgressSeries>();
  for (const photo of photos) {
    const analysis = latest.get(photo.id);
    const metric = analysis?.metrics.find((m) => m.region === WHOLE_REGION);
    if (!analysis || !metric) continue;
    const model = { name: analysis.model.name, version: analysis.model.version };
    const key = seriesKey(photo.view, model);
    const series = byKey.get(key) ?? { view: photo.view, model, points: [] };
    series.points.push({
      photoId: photo.id,
      sessionId: photo.sessionId,
      capturedAt: photo.capturedAt,
      coveragePct: metric.coveragePct,
      ...(analysis.quality?.typicalErrorPp !== undefined
        ? { typicalErrorPp: analysis.quality.typicalErrorPp }
        : {}),
      ...(analysis.quality?.changeErrorPp !== undefined
        ? { changeErrorPp: analysis.quality.changeErrorPp }
        : {}),
      // A blown-out photo's reading is as doubtful as an undecided one's.
      lowConfidence: analysis.quality ? readingNeedsCheck(analysis.quality) : true,
    });
    byKey.set(key, series);
  }
  const all = [...byKey.values()];
  for (const s of all) s.points.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  const lastAt = (s: ProgressSeries) => s.points.at(-1)?.capturedAt ?? '';
  return all.sort(
    (a, b) =>
      PHOTO_VIEWS.indexOf(a.view) - PHOTO_VIEWS.indexOf(b.view) ||
      lastAt(b).localeCompare(lastAt(a)),
  );
}

const DAY_MS = 86_400_000;

/** The error a change between two readings is judged against (`npm run eval` checks it). */
export function changeError(
  first: Pick<ProgressPoint, 'changeErrorPp' | 'typicalErrorPp'>,
  last: Pick<ProgressPoint, 'changeErrorPp' | 'typicalErrorPp'>,
): number | undefined {
  if (first.changeErrorPp !== undefined && last.changeErrorPp !== undefined)
    return Math.max(first.changeErrorPp, last.changeErrorPp);
  if (first.typicalErrorPp === undefined || last.typicalErrorPp === undefined) return undefined;
  // Without a change calibration: treat the two readings' errors as independent.
  return Math.hypot(first.typicalErrorPp, last.typicalErrorPp);
}

/** First reading against the latest one of a series; undefined for an empty series. */
export function seriesChange(series: ProgressSeries): ProgressChange | undefined {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last) return undefined;
  const deltaPp = last.coveragePct - first.coveragePct;
  const daysBetween = Math.round(
    (Date.parse(last.capturedAt) - Date.parse(first.capturedAt)) / DAY_MS,
  );
  const lowConfidence = first.lowConfidence || last.lowConfidence;
  if (first === last) {
    return { first, last, deltaPp: 0, verdict: 'single-reading', lowConfidence, daysBetween: 0 };
  }
  const errorPp = changeError(first, last);
  if (errorPp === undefined) {
    return { first, last, deltaPp, verdict: 'no-error-figure', lowConfidence, daysBetween };
  }
  const verdict: ChangeVerdict =
    Math.abs(deltaPp) <= errorPp ? 'within-error' : deltaPp > 0 ? 'more-hair' : 'less-hair';
  return { first, last, deltaPp, errorPp, verdict, lowConfidence, daysBetween };
}
