// describeModel: the model line under a reading (which method, which version, which backend ran).
import { describe, expect, it } from 'vitest';
import { describeModel } from '../../src/domain/analysis';

describe('describeModel', () => {
  it('names a version that already carries the model name once', () => {
    expect(describeModel({ name: 'hairseg', version: 'hairseg-0.2.2', backend: 'webgpu' })).toBe(
      'hairseg-0.2.2 · webgpu',
    );
  });

  it('spells out the classical method and a bare version number', () => {
    expect(
      describeModel({ name: 'classical', version: 'classical-1.0.0', backend: 'opencv' }),
    ).toBe('Classical estimate classical-1.0.0 · opencv');
    expect(describeModel({ name: 'hairseg', version: '3', backend: 'wasm' })).toBe(
      'hairseg 3 · wasm',
    );
  });
});
