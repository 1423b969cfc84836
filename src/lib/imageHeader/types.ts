// What a header parser learns without decoding pixels: the stored size and whether the file
// runs to its end marker (a phone upload cut short still has a valid header).
import type { SizePx } from '../imageSize';

export type HeaderInfo =
  /** `complete` is false when the data stops before the format's end marker. */
  | { ok: true; size: SizePx; complete: boolean }
  /** The header itself is missing or malformed. */
  | { ok: false };

export const BAD_HEADER: HeaderInfo = { ok: false };
