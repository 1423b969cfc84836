// Blob ⇄ pixels inside the worker, with the browser's own codecs: createImageBitmap decodes
// (and applies EXIF orientation), OffscreenCanvas downscales to analysis scale and encodes the
// mask PNG.
import { analysisSize, type PixelImage } from './image';

export async function decodeBlobToPixels(blob: Blob): Promise<PixelImage> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const { widthPx, heightPx } = analysisSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(widthPx, heightPx);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas in this worker');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, widthPx, heightPx);
    const { data } = context.getImageData(0, 0, widthPx, heightPx);
    return { widthPx, heightPx, channels: 4, data };
  } finally {
    bitmap.close();
  }
}

export async function encodeMaskPng(
  mask: Uint8Array,
  widthPx: number,
  heightPx: number,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(widthPx, heightPx);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this worker');
  const rgba = new ImageData(widthPx, heightPx);
  for (let k = 0; k < mask.length; k += 1) {
    const v = mask[k] ?? 0;
    rgba.data[4 * k] = v;
    rgba.data[4 * k + 1] = v;
    rgba.data[4 * k + 2] = v;
    rgba.data[4 * k + 3] = 255;
  }
  context.putImageData(rgba, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/** Fetches the model and its card from our own origin. */
export async function fetchModelFiles(
  modelUrl: string,
  cardUrl: string,
): Promise<{ bytes: Uint8Array; card: unknown }> {
  const [modelResponse, cardResponse] = await Promise.all([fetch(modelUrl), fetch(cardUrl)]);
  if (!modelResponse.ok) throw new Error(`${modelUrl}: HTTP ${modelResponse.status}`);
  if (!cardResponse.ok) throw new Error(`${cardUrl}: HTTP ${cardResponse.status}`);
  // A dev or preview server answers a missing file with index.html and 200: treat as missing.
  for (const [url, response] of [
    [modelUrl, modelResponse],
    [cardUrl, cardResponse],
  ] as const) {
    if (response.headers.get('content-type')?.includes('text/html'))
      throw new Error(`${url}: not found`);
  }
  const card: unknown = await cardResponse.json();
  const bytes = new Uint8Array(await modelResponse.arrayBuffer());
  return { bytes, card };
}
