// SHA-256 of a byte buffer as lowercase hex, via Web Crypto (available in pages, workers and
// Node ≥ 19), so duplicate photos can be found by content rather than by file name.
import { bytesToHex } from './hex';

export async function sha256Hex(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return bytesToHex(new Uint8Array(digest));
}
