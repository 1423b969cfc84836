"""Unit tests for the training loop (train.py) on the CPU: the same code a GPU run takes, with the
device left to `--device cpu`. A checkpoint is written and resumed, shards that land during a run
are picked up (never a half-written one), and prefetched batches equal the ones drawn in turn.

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt, save_ckpt  # noqa: E402
from train.train import BatchFeed, add_new_shards, batch, load_shards  # noqa: E402

TRAIN = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "train", "train.py")


def write_shard(folder: str, index: int, n: int = 3, size: int = 64) -> None:
    """n random photos with soft labels that sum to 255 per pixel, as make_train.py writes them."""
    rng = np.random.default_rng(index)
    ims = rng.integers(0, 256, (n, size, size, 3), dtype=np.uint8)
    hair = rng.integers(0, 256, (n, size, size), dtype=np.int32)
    skin = ((255 - hair) * rng.uniform(0, 1, (n, size, size))).astype(np.int32)
    labs = np.stack([hair, skin, 255 - hair - skin], -1).astype(np.uint8)
    path = os.path.join(folder, f"shard-{index:03d}.npz")
    with open(path + ".json", "w") as f:
        f.write("[" + ",".join('{"kind": "topdown"}' for _ in range(n)) + "]")
    np.savez(path, images=ims, labels=labs, seeds=np.arange(n))


def train(cache: str, ckpt: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, TRAIN, "--tiny", "--device", "cpu", "--cache", cache, "--ckpt", ckpt,
         "--bs", "2", "--crop", "64", "--threads", "1", "--minutes", "10", *extra],
        capture_output=True, text=True, timeout=180)


class TestTrainingLoop(unittest.TestCase):
    def test_writes_a_checkpoint_and_resumes_from_it(self):
        with tempfile.TemporaryDirectory() as d:
            write_shard(d, 0)
            ckpt = os.path.join(d, "run.pt")
            first = train(d, ckpt, "--max-steps", "3")
            self.assertEqual(first.returncode, 0, first.stderr)
            st = load_ckpt(ckpt)
            self.assertEqual(st["step"], 3)
            self.assertEqual(st["device"], "cpu")
            self.assertTrue(all(v.device.type == "cpu" for v in st["ema"].values()))
            second = train(d, ckpt, "--max-steps", "5", "--resume")
            self.assertEqual(second.returncode, 0, second.stderr)
            self.assertIn("resumed", second.stdout)
            self.assertEqual(load_ckpt(ckpt)["step"], 5)

    def test_refuses_cuda_where_there_is_none(self):
        if torch.cuda.is_available():
            self.skipTest("a GPU is here")
        with tempfile.TemporaryDirectory() as d:
            write_shard(d, 0)
            run = subprocess.run([sys.executable, TRAIN, "--tiny", "--device", "cuda", "--cache", d],
                                 capture_output=True, text=True, timeout=60)
            self.assertNotEqual(run.returncode, 0)
            self.assertIn("no CUDA device", run.stderr)


class TestShardPickup(unittest.TestCase):
    def test_new_shards_are_added_and_half_written_ones_skipped(self):
        with tempfile.TemporaryDirectory() as d:
            write_shard(d, 0, n=2)
            ims, labs, files = load_shards(d)
            write_shard(d, 1, n=3)
            # What make_train.py leaves while it writes a shard: not a shard yet.
            with open(os.path.join(d, "shard-002.npz.tmp.npz"), "wb") as f:
                f.write(b"PK\x03\x04 half")
            ims2, labs2, files2 = add_new_shards(ims, labs, files, d, None, frozenset())
            self.assertEqual(len(ims2), 5)
            self.assertEqual([os.path.basename(f) for f in files2], ["shard-000.npz", "shard-001.npz"])
            np.testing.assert_array_equal(ims2[:2], ims)
            self.assertEqual(labs2.shape, ims2.shape)
            same = add_new_shards(ims2, labs2, files2, d, None, frozenset())
            self.assertIs(same[0], ims2)


class TestBatches(unittest.TestCase):
    def test_prefetched_batches_equal_those_drawn_in_turn(self):
        with tempfile.TemporaryDirectory() as d:
            write_shard(d, 0, n=4, size=96)
            ims, labs, _ = load_shards(d)
        kw = dict(bs=2, crop=64, camera_p=0.3)
        feed = BatchFeed(np.random.default_rng(7), ims, labs, prefetch=2, **kw)
        rng = np.random.default_rng(7)
        for _ in range(4):
            x, y = feed.next()
            x0, y0 = batch(rng, ims, labs, **kw)
            self.assertTrue(torch.equal(x, x0) and torch.equal(y, y0))

    def test_checkpoints_hold_cpu_tensors_and_metadata(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "c.pt")
            save_ckpt(path, {"ema": {"w": torch.ones(2)}, "opt": {"state": [torch.zeros(1)]},
                             "elapsed_s": 1.5, "data_shards": ["shard-000.npz"]})
            st = load_ckpt(path)
            self.assertEqual(st["elapsed_s"], 1.5)
            self.assertTrue(torch.equal(st["ema"]["w"], torch.ones(2)))
            self.assertFalse(os.path.exists(path + ".tmp"))


if __name__ == "__main__":
    unittest.main()
