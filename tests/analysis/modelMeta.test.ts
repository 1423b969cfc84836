// Model card parsing: the tensor layout field (pixelBlock) and its defaults.
import { describe, expect, it } from 'vitest';
import { parseModelMeta } from '../../src/analysis/worker/modelMeta';
import { testModelMeta } from './testMeta';

describe('model card pixelBlock', () => {
  // A card as written before pixelBlock existed.
  const card: Record<string, unknown> = { ...testModelMeta(512) };
  delete card.pixelBlock;

  it('defaults to 1 (plain NCHW) for cards written before the field existed', () => {
    expect(parseModelMeta(card).pixelBlock).toBe(1);
    expect(parseModelMeta({ ...card, pixelBlock: 4 }).pixelBlock).toBe(4);
  });

  it('rejects a block that would not split every tile (tiles are multiples of 32 px)', () => {
    for (const bad of [0, 3, 2.5, -4, 64, '4']) {
      expect(() => parseModelMeta({ ...card, pixelBlock: bad })).toThrow(/pixelBlock/);
    }
  });
});

describe('model card classes', () => {
  const card: Record<string, unknown> = { ...testModelMeta(512) };

  it('accepts the three classes in any order and refuses a fourth or a missing one', () => {
    expect(parseModelMeta({ ...card, classes: ['hair', 'background', 'skin'] }).classes).toEqual([
      'hair',
      'background',
      'skin',
    ]);
    expect(() =>
      parseModelMeta({ ...card, classes: ['background', 'skin', 'hair', 'beard'] }),
    ).toThrow(/exactly/);
    expect(() => parseModelMeta({ ...card, classes: ['background', 'hair'] })).toThrow(/skin/);
  });
});
