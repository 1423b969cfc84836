// HEIC/HEIF decoding for the segment CLI. sharp's prebuilt libvips reads AVIF but not HEVC-coded
// HEIC (patent-encumbered), so iPhone photos go through libheif-js (wasm) instead.
import { createRequire } from 'node:module';

/** The slice of libheif-js's API used here (the package ships no types for this entry). */
interface HeifImage {
  get_width(): number;
  get_height(): number;
  display(
    target: { data: Uint8ClampedArray; width: number; height: number },
    done: (result: { data: Uint8ClampedArray } | null) => void,
  ): void;
}
interface LibHeif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

const require = createRequire(import.meta.url);

export function isHeicName(fileName: string): boolean {
  return /\.(heic|heif)$/i.test(fileName);
}

/** Decodes the primary image to RGBA (libheif applies the HEIF rotation/mirror properties). */
export async function decodeHeic(
  bytes: Uint8Array,
): Promise<{ widthPx: number; heightPx: number; rgba: Uint8ClampedArray }> {
  const libheif = require('libheif-js/wasm-bundle') as LibHeif;
  const images = new libheif.HeifDecoder().decode(bytes);
  const image = images[0];
  if (!image) throw new Error('no image inside this HEIC file');
  const widthPx = image.get_width();
  const heightPx = image.get_height();
  const rgba = await new Promise<Uint8ClampedArray>((resolve, reject) => {
    image.display(
      { data: new Uint8ClampedArray(widthPx * heightPx * 4), width: widthPx, height: heightPx },
      (out) => (out ? resolve(out.data) : reject(new Error('HEIC decoding failed'))),
    );
  });
  return { widthPx, heightPx, rgba };
}
