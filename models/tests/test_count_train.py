"""The learned hair counter's pieces (models/train/count_train.py; measured in stop 28, not
shipped) and the generator's hair ends it trains on."""

import json
import os
import sys
import tempfile
import unittest
from unittest import mock

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.make_count_eval import plan  # noqa: E402
from synth.scenes import render  # noqa: E402
from train.ckpt import load_ckpt, save_ckpt  # noqa: E402
from train.count_train import STRIDE, HairCountNet, augment, density_target, main  # noqa: E402


def write_planes(folder: str, n: int) -> None:
    """A countPlanes.ts folder of n 32x32 inputs, each with k diagonal hairs and their ends."""
    os.makedirs(folder)
    chunks, images, offset = [], [], 0
    for k in range(n):
        hair = np.zeros((32, 32), np.uint8)
        for j in range(k):
            np.fill_diagonal(hair[:, 4 * j:], 255)
        chunks.append(np.concatenate([hair.ravel(), (255 - hair).ravel()]))
        images.append({"id": str(k), "truth": k, "widthPx": 32, "heightPx": 32, "offset": offset,
                       "analysisWidthPx": 64, "countEnds": [[8 * j, 0, 62, 62 - 8 * j] for j in range(k)]})
        offset += 2 * 32 * 32
    np.concatenate(chunks).tofile(os.path.join(folder, "planes.bin"))
    with open(os.path.join(folder, "index.json"), "w") as f:
        json.dump({"images": images}, f)


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

    def test_a_fine_tune_starts_from_the_given_weights_and_reads_every_validation_set(self):
        with tempfile.TemporaryDirectory() as d:
            for name in ("train", "val-a", "val-b"):
                write_planes(os.path.join(d, name), 4)
            start = HairCountNet(8)
            save_ckpt(os.path.join(d, "start.pt"), {"model": start.state_dict(), "width": 8})
            out = os.path.join(d, "tuned.pt")
            argv = ["count_train.py", "--train", os.path.join(d, "train"), "--val", os.path.join(d, "val-a"),
                    os.path.join(d, "val-b"), "--init", os.path.join(d, "start.pt"), "--ckpt", out,
                    "--minutes", "0.02", "--eval-every", "1", "--bs", "2", "--choose-by", "mae+pooled"]
            with mock.patch.object(sys, "argv", argv), mock.patch("builtins.print"):
                main()
            st = load_ckpt(out)
        self.assertEqual(st["width"], 8)  # the init's width, not --width's default
        self.assertEqual(len(st["val"]["perVal"]), 2)
        per = st["val"]["perVal"]
        self.assertAlmostEqual(st["val"]["maePct"], np.mean([v["maePct"] for v in per]))
        # Chosen by the mean of the mean relative and the pooled errors over both sets.
        self.assertAlmostEqual(st["val"]["choice"], np.mean([(v["maePct"] + v["pooledErrPct"]) / 2 for v in per]))

    def test_an_export_without_a_version_is_refused(self):
        argv = ["count_train.py", "--ckpt", "/nonexistent.pt", "--export", "/nonexistent-dir"]
        with mock.patch.object(sys, "argv", argv), mock.patch("sys.stderr"):
            with self.assertRaises(SystemExit) as stop:
                main()
        self.assertEqual(stop.exception.code, 2)

    def test_a_plan_at_twice_the_size_draws_shafts_as_wide_for_the_frame(self):
        # A plan's scenes are not pixel-identical across sizes (the random stream diverges), but
        # over several plans hair must cover about as much of the frame at 512 px as at 256 px.
        # Until stop 30 the root width was scaled twice; that read 1.40 here, the fix 0.84.
        def mean_hair(size: int) -> float:
            shares = []
            for i in range(6):
                seed = 8_400_000 + i
                force, _ = plan(i, seed)
                _, label, _ = render(seed, "dermoscopy", (size, size), force=dict(force))
                shares.append(float(label[..., 0].mean()))
            return float(np.mean(shares))

        ratio = mean_hair(512) / mean_hair(256)
        self.assertGreater(ratio, 0.7)
        self.assertLess(ratio, 1.25)

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
