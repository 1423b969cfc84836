"""Unit tests for the training crops' camera degradations (train/camera_aug.py).

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import os
import sys
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.camera_aug import KINDS, OPS, degrade  # noqa: E402


def crops(n: int = 4) -> torch.Tensor:
    # Skin-coloured crops with dark diagonal stripes: an edge for the blurs to soften.
    g = np.random.default_rng(0)
    x = torch.empty(n, 3, 64, 64)
    x[:, 0], x[:, 1], x[:, 2] = 200.0, 160.0, 140.0
    yy, xx = np.mgrid[:64, :64]
    stripes = torch.from_numpy(((xx + yy) % 12 < 3).astype(np.float32))
    x = x * (1 - 0.7 * stripes)
    return x + torch.from_numpy(g.uniform(-1, 1, x.shape).astype(np.float32))


class TestCameraAug(unittest.TestCase):
    def test_off_returns_the_batch_untouched_and_draws_nothing(self):
        x = crops()
        rng = np.random.default_rng(5)
        out, applied = degrade(rng, x, 0.0)
        self.assertTrue(torch.equal(out, x))
        self.assertEqual(applied, [[]] * 4)
        self.assertEqual(rng.uniform(), np.random.default_rng(5).uniform())

    def test_every_kind_changes_the_photo_and_stays_in_range(self):
        x = crops(1)[0]
        for kind in KINDS:
            out = OPS[kind](np.random.default_rng(1), x.clone())
            self.assertEqual(out.shape, x.shape, kind)
            self.assertGreaterEqual(float(out.min()), 0.0, kind)
            self.assertLessEqual(float(out.max()), 255.0, kind)
            self.assertGreater(float((out - x).abs().mean()), 0.5, kind)

    def test_blurs_soften_edges_and_noise_adds_grain(self):
        x = crops(1)[0]
        contrast = lambda im: float(im[1].std())  # noqa: E731
        for kind in ("defocus", "motion"):
            self.assertLess(contrast(OPS[kind](np.random.default_rng(2), x.clone())), contrast(x), kind)
        flat = torch.full((3, 64, 64), 128.0)
        grain = OPS["noise"](np.random.default_rng(3), flat)
        self.assertGreater(float(grain[0].std()), 2.5)
        self.assertTrue(torch.equal(grain[0], grain[1]))

    def test_deterministic_for_a_seed_and_shares_follow_p(self):
        x = crops(200)
        a, kinds_a = degrade(np.random.default_rng(9), x, 0.5)
        b, kinds_b = degrade(np.random.default_rng(9), x, 0.5)
        self.assertTrue(torch.equal(a, b))
        self.assertEqual(kinds_a, kinds_b)
        share = sum(1 for k in kinds_a if k) / len(kinds_a)
        self.assertGreater(share, 0.35)
        self.assertLess(share, 0.65)
        untouched = [i for i, k in enumerate(kinds_a) if not k]
        self.assertTrue(torch.equal(a[untouched], x[untouched]))


if __name__ == "__main__":
    unittest.main()
