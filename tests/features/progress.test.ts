// The progress panel's pure parts: chart layout for uPlot and the words for each verdict.
import { describe, expect, it } from 'vitest';
import type { PhotoId, SessionId } from '../../src/domain/ids';
import type { ProgressChange, ProgressPoint, ProgressSeries } from '../../src/domain/progress';
import { chartData } from '../../src/features/progress/chartData';
import {
  changeFigure,
  seriesLabel,
  signedPp,
  verdictText,
} from '../../src/features/progress/progressText';

const point = (
  capturedAt: string,
  coveragePct: number,
  typicalErrorPp?: number,
): ProgressPoint => ({
  photoId: `p-${capturedAt}` as PhotoId,
  sessionId: 's1' as SessionId,
  capturedAt,
  coveragePct,
  lowConfidence: false,
  ...(typicalErrorPp !== undefined ? { typicalErrorPp } : {}),
});

const series = (view: ProgressSeries['view'], points: ProgressPoint[]): ProgressSeries => ({
  view,
  model: { name: 'hairseg', version: 'hairseg-0.2.3' },
  points,
});

describe('chart data', () => {
  it('aligns series on one time axis with nulls where a series has no reading', () => {
    const d = chartData([
      series('vertex', [
        point('2026-01-01T00:00:00Z', 30, 5),
        point('2026-02-01T00:00:00Z', 35, 5),
      ]),
      series('frontal', [point('2026-01-15T00:00:00Z', 50)]),
    ]);
    const t = (iso: string) => Date.parse(iso) / 1000;
    expect(d.xs).toEqual([
      t('2026-01-01T00:00:00Z'),
      t('2026-01-15T00:00:00Z'),
      t('2026-02-01T00:00:00Z'),
    ]);
    expect(d.ys).toEqual([
      [30, null, 35],
      [null, 50, null],
    ]);
    expect(d.errors).toEqual([
      [5, null, 5],
      [null, null, null],
    ]);
  });

  it('keeps two photos of one view taken in the same second as two points', () => {
    const d = chartData([
      series('vertex', [point('2026-01-01T00:00:00Z', 30), point('2026-01-01T00:00:00Z', 32)]),
    ]);
    expect(d.xs).toHaveLength(2);
    expect(d.ys[0]).toEqual([30, 32]);
  });
});

describe('progress wording', () => {
  const change = (over: Partial<ProgressChange>): ProgressChange => ({
    first: point('2026-01-01T00:00:00Z', 30, 5),
    last: point('2026-06-01T00:00:00Z', 41, 5),
    deltaPp: 11,
    errorPp: 7.07,
    verdict: 'more-hair',
    lowConfidence: false,
    daysBetween: 151,
    ...over,
  });

  it('labels a series by view and model version', () => {
    expect(seriesLabel(series('vertex', []))).toBe('Vertex / crown · hairseg-0.2.3');
    expect(
      seriesLabel({ view: 'frontal', model: { name: 'classical', version: 'x' }, points: [] }),
    ).toBe('Frontal hairline · classical estimate');
  });

  it('writes the change with its sign and combined error', () => {
    expect(signedPp(-2.04)).toBe('−2.0 pp');
    expect(changeFigure(change({}))).toBe('+11.0 pp (± 7.1)');
    expect(changeFigure(change({ verdict: 'no-error-figure', errorPp: undefined }))).toBe(
      '+11.0 pp',
    );
    expect(changeFigure(change({ verdict: 'single-reading' }))).toBe('—');
  });

  it('says "no measurable change" within the error, with the early-course caveat', () => {
    const early = change({ verdict: 'within-error', deltaPp: 2, daysBetween: 30 });
    expect(verdictText(early, 'practitioner')).toBe(
      'No change beyond the measurement error. Early in the course: visible results usually appear after 1–3 months.',
    );
    expect(verdictText(early, 'patient')).toContain('visible results usually take 1–3 months');
    expect(verdictText(change({ verdict: 'within-error', daysBetween: 200 }), 'patient')).toBe(
      'No change the photos can measure yet.',
    );
  });

  it('asks for a look at the masks when an end reading is low-confidence', () => {
    expect(verdictText(change({ lowConfidence: true }), 'practitioner')).toBe(
      'More coverage, beyond the measurement error. A reading at either end is low-confidence: check its mask.',
    );
    expect(verdictText(change({ verdict: 'less-hair' }), 'patient')).toContain(
      'talk to your clinic',
    );
  });
});
