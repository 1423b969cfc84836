// HEIC → ImageBitmap at working size. libheif has no scaled decode, so the primary image is
// decoded to a full-size RGBA buffer (plain memory, not a canvas), shrunk in JS by area
// averaging, and only the small result becomes a bitmap. libheif applies the HEIF rotation
// and mirror properties itself, so the pixels come out upright and EXIF orientation (which
// on iPhones only repeats them) is ignored.
import { downscaleArea } from '../../lib/areaDownscale';
import { fitLongSide, pixelCount, type SizePx } from '../../lib/imageSize';
import { WORKING_LONG_SIDE_PX } from '../../domain/photo';
import type { FileProblem } from '../protocol';
import type { HeifImageHandle } from './libheif';
import { forgetLibheif, loadLibheif } from './libheif';
import { MAX_SOURCE_PIXELS } from './limits';

export type HeicDecodeResult =
  { ok: true; bitmap: ImageBitmap; size: SizePx } | { ok: false; problem: FileProblem };

function renderRgba(handle: HeifImageHandle, size: SizePx): Promise<Uint8ClampedArray | undefined> {
  const data = new Uint8ClampedArray(pixelCount(size) * 4);
  return new Promise((resolve) => {
    handle.display({ data, width: size.widthPx, height: size.heightPx }, (result) =>
      resolve(result ? data : undefined),
    );
  });
}

export async function decodeHeic(
  bytes: Uint8Array,
  onLoading: () => void,
): Promise<HeicDecodeResult> {
  let lib;
  try {
    onLoading();
    lib = await loadLibheif();
  } catch (e) {
    return { ok: false, problem: { kind: 'heic-unavailable', detail: String(e) } };
  }
  let handles: HeifImageHandle[];
  try {
    handles = new lib.HeifDecoder().decode(bytes);
  } catch {
    // A wasm trap on malformed input: the file is bad, and the module must be reloaded.
    forgetLibheif();
    return { ok: false, problem: { kind: 'damaged' } };
  }
  try {
    const primary = handles.find((h) => h.is_primary()) ?? handles[0];
    if (!primary) return { ok: false, problem: { kind: 'damaged' } };
    const size = { widthPx: primary.get_width(), heightPx: primary.get_height() };
    if (pixelCount(size) === 0) return { ok: false, problem: { kind: 'damaged' } };
    if (pixelCount(size) > MAX_SOURCE_PIXELS) {
      return { ok: false, problem: { kind: 'too-large', megapixels: pixelCount(size) / 1e6 } };
    }
    const rgba = await renderRgba(primary, size);
    if (!rgba) return { ok: false, problem: { kind: 'damaged' } };
    const target = fitLongSide(size, WORKING_LONG_SIDE_PX);
    const small = downscaleArea(
      { data: rgba, ...size, channels: 4 },
      target.widthPx,
      target.heightPx,
    );
    const imageData = new ImageData(
      small.data as Uint8ClampedArray<ArrayBuffer>,
      small.widthPx,
      small.heightPx,
    );
    return { ok: true, bitmap: await createImageBitmap(imageData), size };
  } finally {
    for (const h of handles) h.free();
  }
}
