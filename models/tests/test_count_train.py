"""The learned hair counter's pieces (models/train/count_train.py; measured in stop 28, not
shipped) and the generator's hair ends it trains on."""

import os
import sys
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.make_count_eval import plan  # noqa: E402
from synth.scenes import render  # noqa: E402
from train.count_train import STRIDE, HairCountNet, augment, density_target  # noqa: E402


class CountTrainTest(unittest.TestCase):
    def test_density_target_sums_to_the_count(self):
        ends = [[10, 12, 50, 60], [0.5, 0.5, 99, 99], [30, 30, 31, 31]]
        t = density_target(ends, 0.5, 13, 13)
        self.assertAlmostEqual(float(t.sum()), 3.0, places=5)

    def test_net_gives_a_non_negative_map_at_a_quarter(self):
        out = HairCountNet(32)(torch.zeros(1, 2, 64, 96))
        self.assertEqual(tuple(out.shape), (1, 1, 64 // STRIDE, 96 // STRIDE))
        self.assertTrue(bool((out >= 0).all()))

    def test_augment_moves_planes_and_target_together(self):
        planes = np.zeros((2, 16, 24), np.float32)
        planes[0, 0:4, 0:4] = 1  # a hair in the top-left block
        target = np.zeros((4, 6), np.float32)
        target[0, 0] = 1
        rng = np.random.default_rng(1)
        for _ in range(8):
            p, t = augment(rng, planes, target)
            y, x = np.argwhere(t == 1)[0]
            self.assertEqual(float(p[0, y * STRIDE:(y + 1) * STRIDE, x * STRIDE:(x + 1) * STRIDE].sum()), 16.0)

    def test_hair_ends_leave_the_image_unchanged(self):
        seed, i = 7_000_004, 4
        force, _ = plan(i, seed)
        a, la, ma = render(seed, "dermoscopy", (256, 256), force=dict(force))
        b, lb, mb = render(seed, "dermoscopy", (256, 256), force=dict(force, countEnds=True))
        self.assertTrue(np.array_equal(a, b) and np.array_equal(la, lb))
        self.assertEqual(len(mb["countEnds"]), mb["hairCount"])
        self.assertNotIn("countEnds", ma)


if __name__ == "__main__":
    unittest.main()
