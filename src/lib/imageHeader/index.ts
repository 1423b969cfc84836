// Header reading for the formats the browser decodes natively. HEIC is left to libheif, which
// reports its own size; it is not parsed here.
import type { SupportedImageFormat } from '../imageFormat';
import { readBmpHeader } from './bmp';
import { readJpegHeader } from './jpeg';
import { readPngHeader } from './png';
import type { HeaderInfo } from './types';
import { readWebpHeader } from './webp';

export type { HeaderInfo } from './types';

export function readImageHeader(
  format: Exclude<SupportedImageFormat, 'heic'>,
  bytes: Uint8Array,
): HeaderInfo {
  switch (format) {
    case 'jpeg':
      return readJpegHeader(bytes);
    case 'png':
      return readPngHeader(bytes);
    case 'webp':
      return readWebpHeader(bytes);
    case 'bmp':
      return readBmpHeader(bytes);
  }
}
