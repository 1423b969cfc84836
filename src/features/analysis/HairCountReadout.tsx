// The hair count of a trichoscopy reading, with hairs/cm² once the photo's field of view is set.
// Marked experimental: on held-out synthetic close-ups the learned counter errs by about 39 % per
// hair at 512 px, 28 % at 1,024 px and 39 % at 2,048 px, where it over-counts (pooled;
// MODEL_CARD.md, "Hair count"), too far to follow a change in density between sessions.
import type { HairCountRecord } from '../../domain/analysis';
import { hairCountText } from './hairCountText';

export function HairCountReadout({
  count,
  fieldOfViewMm,
}: {
  count: HairCountRecord;
  fieldOfViewMm?: number;
}) {
  const text = hairCountText(count, fieldOfViewMm);
  return (
    <div className="analysis-count" data-testid="hair-count">
      {text.density && (
        <div className="analysis-readout__value" data-testid="hairs-per-cm2">
          {text.density}
        </div>
      )}
      <div className={text.density ? 'muted' : undefined} data-testid="hair-count-frame">
        {text.count}
        {text.shaft && ` · ${text.shaft}`}
      </div>
      {text.counter && (
        <div className="muted" data-testid="hair-counter">
          {text.counter}
        </div>
      )}
      <div className="analysis-notice" role="note" data-testid="hair-count-caveat">
        Experimental count: on test close-ups it was off by about 40 % of their hairs, often more on
        a frame of few hairs, and it tends to count too many on a photo over about 1,500 px across,
        so it cannot yet show a change in density between sessions. Check it against the mask.
      </div>
      {text.needsFieldOfView && (
        <div className="muted">Set the field of view above to read hairs per cm².</div>
      )}
    </div>
  );
}
