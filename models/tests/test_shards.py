"""Unit tests for loading training shards (train.py): which images a run trains on.

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import json
import os
import sys
import tempfile
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.train import load_shards  # noqa: E402


def write_shard(folder: str, index: int, kinds: list[str]) -> None:
    n = len(kinds)
    path = os.path.join(folder, f"shard-{index:03d}.npz")
    # Image k of shard i is filled with 10·i + k, so the test can tell which ones were kept.
    ims = np.stack([np.full((4, 4, 3), 10 * index + k, np.uint8) for k in range(n)])
    np.savez(path, images=ims, labels=ims.copy(), seeds=np.arange(n))
    with open(path + ".json", "w") as f:
        json.dump([{"kind": kind, "seed": k} for k, kind in enumerate(kinds)], f)


class TestShards(unittest.TestCase):
    def test_drop_kinds_leaves_out_those_scenes_and_keeps_the_order(self):
        with tempfile.TemporaryDirectory() as folder:
            write_shard(folder, 0, ["topdown", "nohair", "oblique"])
            write_shard(folder, 1, ["nohair", "dermoscopy"])
            ims, labs, files = load_shards(folder, None, frozenset({"nohair"}))
            self.assertEqual([int(im[0, 0, 0]) for im in ims], [0, 2, 11])
            self.assertEqual(labs.shape, ims.shape)
            self.assertEqual(len(files), 2)
            everything, _, _ = load_shards(folder, "1")
            self.assertEqual([int(im[0, 0, 0]) for im in everything], [10, 11])


if __name__ == "__main__":
    unittest.main()
