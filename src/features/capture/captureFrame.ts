// Grabs the current video frame as a JPEG File, so it can go through the normal photo import
// (hashing, EXIF-less date = file time, working copy, thumbnail) like any picked file.
import type { PhotoView } from '../../domain/photo';

const JPEG_QUALITY = 0.92;

export async function captureFrame(video: HTMLVideoElement, view: PhotoView): Promise<File> {
  const w = video.videoWidth;
  const h = video.videoHeight;
  if (!w || !h) throw new Error('The camera has no picture yet.');
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Could not capture the frame.');
  ctx.drawImage(video, 0, 0, w, h);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
  );
  if (!blob) throw new Error('Could not encode the captured frame.');
  const now = new Date();
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return new File([blob], `capture-${view}-${stamp}.jpg`, {
    type: 'image/jpeg',
    lastModified: now.getTime(),
  });
}
