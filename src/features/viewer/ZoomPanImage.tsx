// The zoomable, pannable photo stage with zoom buttons for those without a wheel or pinch.
import { useRef } from 'react';
import { useZoomPan } from './useZoomPan';

interface Props {
  src: string | undefined;
  alt: string;
  /** Upright pixel size, so the stage takes the photo's shape instead of a fixed box. */
  widthPx: number;
  heightPx: number;
}

export function ZoomPanImage({ src, alt, widthPx, heightPx }: Props) {
  const stageRef = useRef<HTMLDivElement>(null);
  const { view, reset, zoomBy, handlers } = useZoomPan(stageRef);
  return (
    <div className="zoom">
      <div
        ref={stageRef}
        className="zoom__stage"
        data-testid="zoom-stage"
        style={{ aspectRatio: `${widthPx} / ${heightPx}` }}
        {...handlers}
      >
        {src && (
          <img
            src={src}
            alt={alt}
            className="zoom__img"
            draggable={false}
            data-scale={view.scale.toFixed(2)}
            style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          />
        )}
      </div>
      <div className="zoom__controls" role="group" aria-label="Zoom">
        <button type="button" className="btn" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <span className="zoom__level">{Math.round(view.scale * 100)}%</span>
        <button type="button" className="btn" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="btn" onClick={reset}>
          Fit
        </button>
      </div>
    </div>
  );
}
