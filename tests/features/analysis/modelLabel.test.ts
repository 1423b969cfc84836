// The model line under a reading: which method, which version, which backend actually ran.
import { describe, expect, it } from 'vitest';
import { modelLabel } from '../../../src/features/analysis/CoverageReadout';

describe('modelLabel', () => {
  it('names a version that already carries the model name once', () => {
    expect(modelLabel({ name: 'hairseg', version: 'hairseg-0.2.2', backend: 'webgpu' })).toBe(
      'hairseg-0.2.2 · webgpu',
    );
  });

  it('spells out the classical method and a bare version number', () => {
    expect(modelLabel({ name: 'classical', version: 'classical-1.0.0', backend: 'opencv' })).toBe(
      'Classical estimate classical-1.0.0 · opencv',
    );
    expect(modelLabel({ name: 'hairseg', version: '3', backend: 'wasm' })).toBe('hairseg 3 · wasm');
  });
});
