// The live camera for guided capture: asks for the rear camera, keeps the stream on a <video>,
// and always stops the tracks on unmount so the camera light goes off.
import { useEffect, useRef, useState } from 'react';

export type CameraState =
  { status: 'starting' } | { status: 'live' } | { status: 'error'; message: string };

function cameraErrorMessage(e: unknown): string {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError')
    return 'Camera access was refused. Allow it in the browser settings.';
  if (name === 'NotFoundError') return 'No camera was found on this device.';
  if (name === 'NotReadableError') return 'The camera is in use by another app.';
  return 'The camera could not be started.';
}

export function useCamera(): {
  videoRef: React.RefObject<HTMLVideoElement | null>;
  camera: CameraState;
} {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>(() =>
    typeof navigator !== 'undefined' && 'mediaDevices' in navigator
      ? { status: 'starting' }
      : { status: 'error', message: 'This browser cannot use the camera (it needs HTTPS).' },
  );

  useEffect(() => {
    // Insecure origins have no navigator.mediaDevices at all.
    if (!('mediaDevices' in navigator)) return;
    let stream: MediaStream | undefined;
    let cancelled = false;
    navigator.mediaDevices
      .getUserMedia({
        video: {
          facingMode: { ideal: 'environment' },
          width: { ideal: 1920 },
          height: { ideal: 1080 },
        },
        audio: false,
      })
      .then(async (s) => {
        if (cancelled) {
          s.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = s;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = s;
        await video.play().catch(() => undefined); // autoplay of a muted stream may still be refused; the frame shows anyway
        setCamera({ status: 'live' });
      })
      .catch((e: unknown) => {
        if (!cancelled) setCamera({ status: 'error', message: cameraErrorMessage(e) });
      });
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return { videoRef, camera };
}
