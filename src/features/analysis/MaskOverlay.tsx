// The analysed photo with the hair probability painted over it in a tint, drawn on a canvas
// at analysis scale (the size the mask was computed at).
import { useEffect, useRef } from 'react';

interface Props {
  imageUrl: string | undefined;
  hairProbability: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** Overlay opacity for a pixel that is certainly hair, 0..1. */
  opacity?: number;
}

/** Magenta: reads against skin tones and every hair colour, unlike red or green. */
const TINT = [236, 0, 140] as const;

export function MaskOverlay({
  imageUrl,
  hairProbability,
  widthPx,
  heightPx,
  opacity = 0.6,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    let cancelled = false;
    const paintMask = () => {
      const base = context.getImageData(0, 0, widthPx, heightPx);
      const px = base.data;
      for (let k = 0; k < hairProbability.length; k += 1) {
        const a = ((hairProbability[k] ?? 0) / 255) * opacity;
        px[4 * k] = (px[4 * k] ?? 0) * (1 - a) + TINT[0] * a;
        px[4 * k + 1] = (px[4 * k + 1] ?? 0) * (1 - a) + TINT[1] * a;
        px[4 * k + 2] = (px[4 * k + 2] ?? 0) * (1 - a) + TINT[2] * a;
      }
      context.putImageData(base, 0, 0);
    };
    context.fillStyle = '#000';
    context.fillRect(0, 0, widthPx, heightPx);
    if (!imageUrl) {
      paintMask();
      return;
    }
    const image = new Image();
    image.onload = () => {
      if (cancelled) return;
      context.drawImage(image, 0, 0, widthPx, heightPx);
      paintMask();
    };
    image.src = imageUrl;
    return () => {
      cancelled = true;
    };
  }, [imageUrl, hairProbability, widthPx, heightPx, opacity]);

  return (
    <canvas
      ref={canvasRef}
      width={widthPx}
      height={heightPx}
      className="analysis-overlay"
      data-testid="analysis-overlay"
      aria-label="Photo with the detected hair tinted magenta"
      role="img"
    />
  );
}
