// Reads an image file for analysis in Node: sharp for JPEG/PNG/WebP/TIFF/AVIF (EXIF orientation
// applied, alpha flattened on white, gray and 16-bit converted to 8-bit sRGB), libheif-js for
// HEIC, bmp-ts for BMP. Returns the upright original size and the pixels at analysis scale.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Metadata, Sharp } from 'sharp';
import { analysisSize, type PixelImage } from '../../src/analysis/worker/image';
import { sniffImageFormat } from '../../src/lib/imageFormat';
import { readImageHeader } from '../../src/lib/imageHeader';
import { decodeBmp, isBmp } from './bmp';
import { decodeHeic, isHeicName } from './heic';
import { rawRgb } from './rawRgb';

export interface DecodedForAnalysis {
  /** Upright size of the file's image, after EXIF orientation. */
  originalWidthPx: number;
  originalHeightPx: number;
  image: PixelImage;
  /**
   * The file stops before its format's end marker (a cut-off download or copy). The app refuses
   * such a file at import; here it is still read, since a reading can be worth having, but what
   * is missing decodes as flat grey, so the caller must say so.
   */
  incomplete: boolean;
}

/** The app's own completeness check (src/lib/imageHeader), for the formats it covers. */
function isIncomplete(bytes: Uint8Array): boolean {
  const sniffed = sniffImageFormat(bytes);
  if (sniffed.kind !== 'supported' || sniffed.format === 'heic') return false;
  const header = readImageHeader(sniffed.format, bytes);
  return !header.ok || !header.complete;
}

/** EXIF orientations 5–8 swap width and height. */
function uprightSize(meta: Metadata): { widthPx: number; heightPx: number } {
  const { width, height, orientation } = meta;
  if (!width || !height) throw new Error('image has no size (unreadable or empty)');
  const swap = orientation !== undefined && orientation >= 5;
  return swap ? { widthPx: height, heightPx: width } : { widthPx: width, heightPx: height };
}

async function openSharp(
  bytes: Uint8Array,
  fileName: string,
  incomplete: boolean,
): Promise<{ pipeline: Sharp; widthPx: number; heightPx: number }> {
  if (isHeicName(fileName)) {
    // sharp reads AV1-coded HEIF; iPhone HEVC-coded HEIC needs libheif-js.
    try {
      const pipeline = sharp(bytes, { failOn: 'none' });
      const size = uprightSize(await pipeline.metadata());
      await pipeline.clone().raw().toBuffer();
      return { pipeline: pipeline.rotate(), ...size };
    } catch {
      try {
        const heic = await decodeHeic(bytes);
        const pipeline = sharp(
          Buffer.from(heic.rgba.buffer, heic.rgba.byteOffset, heic.rgba.byteLength),
          {
            raw: { width: heic.widthPx, height: heic.heightPx, channels: 4 },
          },
        );
        return { pipeline, widthPx: heic.widthPx, heightPx: heic.heightPx };
      } catch (error) {
        throw new Error(
          `HEIC could not be decoded (${error instanceof Error ? error.message : String(error)}); convert it to JPEG first`,
          { cause: error },
        );
      }
    }
  }
  if (isBmp(bytes)) {
    // bmp-ts reads past the end of a cut-off file and says only "offset out of range".
    if (incomplete) {
      throw new Error('BMP is cut off before the end of its pixel rows (the app refuses it too)');
    }
    let bmp;
    try {
      bmp = decodeBmp(bytes);
    } catch (error) {
      throw new Error(
        `BMP could not be decoded (${error instanceof Error ? error.message : String(error)})`,
        { cause: error },
      );
    }
    const pipeline = sharp(Buffer.from(bmp.rgb.buffer, bmp.rgb.byteOffset, bmp.rgb.byteLength), {
      raw: { width: bmp.widthPx, height: bmp.heightPx, channels: 3 },
    });
    return { pipeline, widthPx: bmp.widthPx, heightPx: bmp.heightPx };
  }
  // failOn 'none': a phone JPEG with a truncated tail still decodes; a real non-image still fails.
  const pipeline = sharp(bytes, { failOn: 'none', limitInputPixels: 1e9 });
  const size = uprightSize(await pipeline.metadata());
  return { pipeline: pipeline.rotate(), ...size };
}

export async function decodeForAnalysis(path: string): Promise<DecodedForAnalysis> {
  return decodeBytesForAnalysis(await readFile(path), path);
}

/** `fileName` only picks the HEIC decoder by extension; other formats are sniffed by sharp. */
export async function decodeBytesForAnalysis(
  bytes: Uint8Array,
  fileName: string,
): Promise<DecodedForAnalysis> {
  const incomplete = isIncomplete(bytes);
  const { pipeline, widthPx, heightPx } = await openSharp(bytes, fileName, incomplete);
  const target = analysisSize(widthPx, heightPx);
  const image = await rawRgb(
    pipeline
      .flatten({ background: '#ffffff' })
      .resize(target.widthPx, target.heightPx, { fit: 'fill', kernel: 'lanczos3' }),
  );
  if (image.widthPx !== target.widthPx || image.heightPx !== target.heightPx) {
    throw new Error(`unexpected decoded size ${image.widthPx}×${image.heightPx}`);
  }
  return { originalWidthPx: widthPx, originalHeightPx: heightPx, image, incomplete };
}
