"""Unit tests for the segmentation network and its loss.

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import os
import sys
import unittest

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.grow_head import add_neighbour_view, widen_head  # noqa: E402
from train.model import ARCHS, HairSegBlocked, build  # noqa: E402
from train.layout import pixel_unshuffle  # noqa: E402
from train.train import loss_fn  # noqa: E402


class TestModel(unittest.TestCase):
    def test_full_resolution_logits_for_any_stride_multiple(self):
        for name in ("lite", "tiny"):
            m = build(name).eval()
            with torch.no_grad():
                out = m(torch.zeros(1, 3, 64, 96))
            self.assertEqual(tuple(out.shape), (1, 3, 64, 96), name)

    def test_every_listed_arch_builds(self):
        for name in ARCHS:
            self.assertGreater(sum(p.numel() for p in build(name).parameters()), 0, name)

    def test_a_widened_head_computes_the_same_function(self):
        torch.manual_seed(3)
        lite = build("lite").eval()
        with torch.no_grad():
            for p in lite.parameters():
                p.add_(0.1 * torch.randn_like(p))
        wide = build("lite-hx3").eval()
        wide.load_state_dict(widen_head(lite.state_dict(), 3, noise=0.0, seed=0))
        x = torch.rand(1, 3, 64, 64)
        with torch.no_grad():
            self.assertLess(float((lite(x) - wide(x)).abs().max()), 1e-4)

    def test_a_neighbour_view_starts_as_the_same_function_and_then_sees_the_next_block(self):
        torch.manual_seed(4)
        lite = build("lite").eval()
        nb = build("lite-nb").eval()
        nb.load_state_dict(add_neighbour_view(lite.state_dict()))
        x = torch.rand(1, 3, 64, 64)
        with torch.no_grad():
            self.assertLess(float((lite(x) - nb(x)).abs().max()), 1e-6)
            nb.nb.weight.normal_()
            y = x.clone()
            y[:, :, :, 4:8] = 0  # the block right of block (0, 0)
            # The block-local head cannot see the change in its neighbour's pixels; with the view
            # it can (context alone also sees it, so compare the difference the view makes).
            d_lite = (lite(x) - lite(y))[:, :, :4, :4].abs().max()
            d_nb = (nb(x) - nb(y))[:, :, :4, :4].abs().max()
        self.assertGreater(float(d_nb), float(d_lite) + 1e-3)

    def test_blocked_export_graph_is_the_same_function(self):
        torch.manual_seed(0)
        for name in ("lite", "tiny", "lite-nb"):
            m = build(name)
            for mod in m.modules():  # non-trivial BatchNorm statistics
                if isinstance(mod, torch.nn.BatchNorm2d):
                    mod.running_mean.uniform_(-0.5, 0.5)
                    mod.running_var.uniform_(0.5, 2.0)
            m.eval()
            g = HairSegBlocked(m).eval()
            self.assertLess(g.max_diff(torch.randn(1, 3, 64, 96)), 1e-4, name)

    def test_numpy_pixel_unshuffle_matches_torch(self):
        x = torch.randn(3, 16, 24)
        ours = pixel_unshuffle(x.numpy(), 4)
        ref = torch.nn.functional.pixel_unshuffle(x[None], 4)[0].numpy()
        self.assertEqual(ours.shape, (48, 4, 6))
        self.assertLess(float(abs(ours - ref).max()), 1e-7)

    def test_coverage_term_is_zero_for_a_perfect_prediction_and_grows_with_bias(self):
        y = torch.zeros(2, 3, 8, 8)
        y[:, 1] = 0.7  # skin
        y[:, 2] = 0.3  # hair
        exact = torch.log(y.clamp_min(1e-6))
        biased = exact.clone()
        biased[:, 2] += 1.0  # more hair everywhere
        l_exact, _ = loss_fn(exact, y, cov_weight=1.0)
        l_biased, _ = loss_fn(biased, y, cov_weight=1.0)
        l_biased_no_cov, _ = loss_fn(biased, y, cov_weight=0.0)
        self.assertLess(float(l_exact), float(l_biased))
        self.assertGreater(float(l_biased) - float(l_biased_no_cov), 0.05)


if __name__ == "__main__":
    unittest.main()
