import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/lib/hex';
import { sha256Hex } from '../../src/lib/sha256';

describe('sha256Hex', () => {
  it('matches the published test vector for "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc') as Uint8Array<ArrayBuffer>)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('pads hex bytes', () => {
    expect(bytesToHex(Uint8Array.of(0, 15, 255))).toBe('000fff');
  });
});
