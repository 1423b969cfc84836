// Follow-up pairs among readings: what calibrate's change figure and eval's check of it read.
import { describe, expect, it } from 'vitest';
import { followUpPairs, pairChangeErrors } from '../../scripts/node/sweepSet';

const reading = (group: string, id: string, zoom: number, truthPct: number, readPct: number) => ({
  group,
  id,
  zoom,
  truthPct,
  readPct,
});

describe('follow-up pairs', () => {
  const rows = [
    reading('topdown', '000a', 1, 20, 22),
    reading('topdown', '000b', 1, 30, 29),
    reading('topdown', '000a', 0.5, 20, 25),
    reading('topdown', '000b', 0.5, 30, 31),
    reading('oblique', '000b', 1, 10, 10), // another kind's b: not 000a's visit
    reading('oblique', '001a', 1, 10, 12), // no second visit read: no pair
  ];

  it('pairs the two visits of one scalp at one zoom, and nothing else', () => {
    const pairs = followUpPairs(rows, 1);
    expect(pairs.map(([a, b]) => [a.group, a.id, b.id, b.zoom])).toEqual([
      ['topdown', '000a', '000b', 1],
    ]);
  });

  it('measures the error of the change, not of either reading', () => {
    // True change +10, read change +7 at ×1 and +6 at ×0.5.
    expect(pairChangeErrors(rows, 1, (r) => r.readPct)).toEqual([{ group: 'topdown', error: 3 }]);
    expect(pairChangeErrors(rows, 0.5, (r) => r.readPct)).toEqual([{ group: 'topdown', error: 4 }]);
  });
});
