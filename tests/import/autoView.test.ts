import { describe, expect, it } from 'vitest';
import { viewFromFileName } from '../../src/import/autoView';

describe('viewFromFileName', () => {
  it.each([
    ['TT-0042_vertex_s3.jpg', 'vertex'],
    ['crown.HEIC', 'vertex'],
    ['temple-left.jpg', 'temple-left'],
    ['Temple_R.jpg', 'temple-right'],
    ['dermoscopy 2.png', 'trichoscopy'],
    ['frontal hairline.jpg', 'frontal'],
    ['occipital.jpg', 'occipital'],
    ['part-line.jpg', 'part-line'],
    ['midscalp.jpg', 'mid-scalp'],
  ])('%s → %s', (name, view) => {
    expect(viewFromFileName(name)).toBe(view);
  });

  it('returns undefined for camera names', () => {
    expect(viewFromFileName('IMG_0042.jpg')).toBeUndefined();
  });
});
