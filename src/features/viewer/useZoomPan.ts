// Pointer handling for the photo viewer: wheel zoom at the cursor, drag to pan, two-finger
// pinch, double-click / double-tap to reset. Pointer events cover mouse, pen and touch alike;
// the math lives in zoomPan.ts.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import {
  IDENTITY,
  isDoubleTap,
  panBy,
  pinch,
  wheelFactor,
  zoomAt,
  type Point,
  type Size,
  type ZoomPanView,
} from './zoomPan';

function stageSize(el: HTMLElement): Size {
  return { width: el.clientWidth, height: el.clientHeight };
}

function localPoint(el: HTMLElement, e: { clientX: number; clientY: number }): Point {
  const rect = el.getBoundingClientRect();
  return { x: e.clientX - rect.left, y: e.clientY - rect.top };
}

export function useZoomPan(stageRef: RefObject<HTMLElement | null>) {
  const [view, setView] = useState<ZoomPanView>(IDENTITY);
  const pointers = useRef(new Map<number, Point>());
  const lastTap = useRef<{ at: number; point: Point }>(undefined);

  const reset = useCallback(() => setView(IDENTITY), []);

  // React's onWheel is passive, so preventDefault (stop the page scrolling) needs a native listener.
  useEffect(() => {
    const el = stageRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const at = localPoint(el, e);
      setView((v) => zoomAt(v, wheelFactor(e.deltaY, e.deltaMode), at, stageSize(el)));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [stageRef]);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLElement>) => {
      const el = e.currentTarget;
      el.setPointerCapture(e.pointerId);
      const point = localPoint(el, e);
      pointers.current.set(e.pointerId, point);
      if (e.pointerType !== 'mouse' && pointers.current.size === 1) {
        const now = performance.now();
        if (isDoubleTap(lastTap.current, now, point)) {
          reset();
          lastTap.current = undefined;
        } else {
          lastTap.current = { at: now, point };
        }
      }
    },
    [reset],
  );

  const onPointerMove = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    const el = e.currentTarget;
    const previous = pointers.current.get(e.pointerId);
    if (!previous) return;
    const point = localPoint(el, e);
    const size = stageSize(el);
    const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId);
    const other = others[0]?.[1];
    if (other && others.length === 1) {
      setView((v) => pinch(v, [previous, other], [point, other], size));
    } else if (others.length === 0) {
      setView((v) => panBy(v, point.x - previous.x, point.y - previous.y, size));
    }
    pointers.current.set(e.pointerId, point);
  }, []);

  const onPointerEnd = useCallback((e: ReactPointerEvent<HTMLElement>) => {
    pointers.current.delete(e.pointerId);
  }, []);

  return {
    view,
    reset,
    zoomBy: (factor: number) => {
      const el = stageRef.current;
      if (!el) return;
      const size = stageSize(el);
      setView((v) => zoomAt(v, factor, { x: size.width / 2, y: size.height / 2 }, size));
    },
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onDoubleClick: reset,
    },
  };
}
