// A minimal valid model card for tests that need a ModelMeta without the shipped model.
import type { ModelMeta } from '../../src/analysis/worker/modelMeta';

export function testModelMeta(inputSize: number): ModelMeta {
  return {
    name: 'hairseg',
    version: 'hairseg-test',
    inputSize,
    pixelBlock: 1,
    mean: [0.5, 0.5, 0.5],
    std: [0.25, 0.25, 0.25],
    classes: ['background', 'skin', 'hair'],
  };
}
