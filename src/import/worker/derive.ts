// Second pass over one file: decode at working size (native or libheif), then encode the
// working copy and thumbnail. Any decoder rejection is reported as a damaged file.
import { WORKING_LONG_SIDE_PX } from '../../domain/photo';
import { fitLongSide } from '../../lib/imageSize';
import type { DeriveOutcome, DeriveStage, InspectedFile } from '../protocol';
import { decodeHeic } from './decodeHeic';
import { decodeJpegScaled, type ScaledDecode } from './decodeJpegScaled';
import { decodeNative } from './decodeNative';
import { encodeDerived } from './encode';

const NOT_SCALED: ScaledDecode = { ok: false };

export async function deriveImages(
  file: Blob,
  inspected: InspectedFile,
  onStage: (stage: DeriveStage) => void,
): Promise<DeriveOutcome> {
  let bitmap: ImageBitmap;
  let size;
  if (inspected.format === 'heic') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const decoded = await decodeHeic(bytes, () => onStage('loading-heic-decoder'));
    if (!decoded.ok) return decoded;
    onStage('decoding');
    bitmap = decoded.bitmap;
    size = decoded.size;
  } else {
    if (!inspected.size) return { ok: false, problem: { kind: 'damaged' } };
    onStage('decoding');
    size = inspected.size;
    const target = fitLongSide(size, WORKING_LONG_SIDE_PX);
    const scaled =
      inspected.format === 'jpeg' ? await decodeJpegScaled(file, size, target) : NOT_SCALED;
    const decoded = scaled.ok ? scaled.bitmap : await decodeNative(file, target);
    if (!decoded) return { ok: false, problem: { kind: 'damaged' } };
    bitmap = decoded;
  }
  try {
    onStage('encoding');
    const { working, thumb } = await encodeDerived(bitmap);
    return { ok: true, images: { size, working, thumb } };
  } catch (e) {
    return { ok: false, problem: { kind: 'internal', detail: String(e) } };
  } finally {
    bitmap.close();
  }
}
