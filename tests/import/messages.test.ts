import { describe, expect, it } from 'vitest';
import { duplicateMessage, problemMessage, storageFullMessage } from '../../src/import/messages';
import type { FileProblem } from '../../src/import/protocol';

describe('import messages', () => {
  it('says a damaged file could not be read, naming it', () => {
    expect(problemMessage('IMG_0042.jpg', { kind: 'damaged' })).toBe(
      'IMG_0042.jpg could not be read: the file is damaged or incomplete.',
    );
  });

  it('names the file in every message', () => {
    const problems: FileProblem[] = [
      { kind: 'empty' },
      { kind: 'not-image' },
      { kind: 'unsupported-image', format: 'gif' },
      { kind: 'damaged' },
      { kind: 'too-large', megapixels: 250.4 },
      { kind: 'heic-unavailable', detail: 'x' },
      { kind: 'internal', detail: 'y' },
    ];
    for (const p of problems) expect(problemMessage('scalp 1.jpg', p)).toMatch(/^scalp 1\.jpg /);
    expect(duplicateMessage('a.jpg')).toMatch(/^a\.jpg .*already imported/);
    expect(storageFullMessage('a.jpg')).toMatch(/^a\.jpg .*storage is full/);
  });

  it('words format problems for people', () => {
    expect(problemMessage('n.jpg', { kind: 'not-image' })).toBe(
      'n.jpg is not an image. Choose a JPEG, PNG, WebP, HEIC or BMP photo.',
    );
    expect(problemMessage('a.gif', { kind: 'unsupported-image', format: 'gif' })).toContain(
      'is a GIF image',
    );
    expect(problemMessage('e.jpg', { kind: 'empty' })).toContain('is empty (0 bytes)');
  });
});
