"""Unit tests for weight interpolation (train/interpolate.py).

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import os
import sys
import tempfile
import unittest

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.evaluate import load_model  # noqa: E402
from train.interpolate import interpolate, main  # noqa: E402
from train.model import build  # noqa: E402


def trained_like(seed: int) -> dict:
    """A lite network's state dict with its floats (weights and BN statistics) perturbed by seed."""
    torch.manual_seed(seed)
    net = build("lite")
    sd = net.state_dict()
    for k, v in sd.items():
        if v.is_floating_point():
            sd[k] = v + torch.randn_like(v) * 0.1
        else:
            sd[k] = v + seed  # num_batches_tracked: tells the two ends apart
    return sd


class TestInterpolate(unittest.TestCase):
    def test_ends_and_midpoint(self):
        a, b = trained_like(1), trained_like(2)
        for k, v in interpolate(a, b, 0.0).items():
            self.assertTrue(torch.equal(v, a[k]), k)
        one = interpolate(a, b, 1.0)
        mid = interpolate(a, b, 0.5)
        for k in a:
            if a[k].is_floating_point():
                self.assertTrue(torch.allclose(one[k], b[k]), k)
                self.assertTrue(torch.allclose(mid[k], (a[k] + b[k]) / 2, atol=1e-6), k)
            else:
                # Integer buffers are counters, not weights: taken from the first end.
                self.assertTrue(torch.equal(mid[k], a[k]), k)

    def test_refuses_different_networks(self):
        a = trained_like(1)
        b = dict(a)
        b.pop(next(iter(b)))
        with self.assertRaises(SystemExit):
            interpolate(a, b, 0.5)
        c = dict(a)
        k = next(k for k, v in a.items() if v.dim() == 4)
        c[k] = torch.zeros(1, *a[k].shape[1:])
        with self.assertRaises(SystemExit):
            interpolate(a, c, 0.5)

    def test_writes_a_checkpoint_the_evaluators_read(self):
        with tempfile.TemporaryDirectory() as d:
            for name, seed in (("a", 1), ("b", 2)):
                torch.save({"arch": "lite", "ema": trained_like(seed), "step": seed}, os.path.join(d, f"{name}.pt"))
            out = os.path.join(d, "mid.pt")
            argv = sys.argv
            sys.argv = ["interpolate.py", "--a", os.path.join(d, "a.pt"), "--b", os.path.join(d, "b.pt"),
                        "--alpha", "0.25", "--out", out]
            try:
                main()
            finally:
                sys.argv = argv
            model, st = load_model(out)
            self.assertEqual(st["interpolated"]["alpha"], 0.25)
            self.assertEqual(st["step"], 1)
            x = torch.randn(1, 3, 64, 64)
            with torch.no_grad():
                self.assertEqual(tuple(model(x).shape), (1, 3, 64, 64))


if __name__ == "__main__":
    unittest.main()
