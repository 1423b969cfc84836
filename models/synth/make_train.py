"""Pre-generates training data into models/.cache/train/shard-XXX.npz (git-ignored).

Training seeds are TRAIN_SEED_BASE + i; eval seeds (make_eval.py) live in a disjoint range.
Each shard holds `images` (N,H,W,3 uint8 RGB), `labels` (N,H,W,3 uint8 soft labels) and `seeds`.
Shards already present are skipped, so an interrupted run resumes where it stopped.

Run: nice /usr/bin/python3 models/synth/make_train.py --count 2000 --size 384 --shard 250 [--part 0/2]
(two processes with --part 0/2 and --part 1/2 use both cores)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.scenes import render  # noqa: E402

TRAIN_SEED_BASE = 1_000_000  # eval uses 9_000_000+, demo uses its own fixed geometry seeds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--size", type=int, default=384)
    ap.add_argument("--shard", type=int, default=250)
    ap.add_argument("--part", default="0/1", help="i/n: this process writes every n-th shard, from i")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", ".cache", "train"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    part, parts = (int(v) for v in args.part.split("/"))
    for s0 in range(0, args.count, args.shard):
        if (s0 // args.shard) % parts != part:
            continue
        path = os.path.join(args.out, f"shard-{s0 // args.shard:03d}.npz")
        if os.path.exists(path):
            continue
        t = time.time()
        seeds = list(range(TRAIN_SEED_BASE + s0, TRAIN_SEED_BASE + min(args.count, s0 + args.shard)))
        ims, labs, metas = [], [], []
        for sd in seeds:
            im, lab, meta = render(sd, None, (args.size, args.size))
            ims.append(im)
            labs.append(lab)
            metas.append(meta)
        # The scene list first, then the shard under its final name: a training run that picks up
        # new shards meanwhile (train.py) never finds a shard without its list.
        with open(path + ".json", "w") as f:
            json.dump(metas, f)
        tmp = path + ".tmp.npz"
        np.savez(tmp, images=np.stack(ims), labels=np.stack(labs), seeds=np.array(seeds))
        os.replace(tmp, path)
        print(f"{path}: {len(seeds)} samples in {time.time() - t:.0f}s", flush=True)


if __name__ == "__main__":
    main()
