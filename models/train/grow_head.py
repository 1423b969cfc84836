"""Widens a trained `lite` network's head without changing what it computes (Net2WiderNet: Chen et
al., "Net2Net", ICLR 2016): each hidden unit of the head's 1x1 conv is repeated `factor` times and
the next layer's weights on the copies are divided by `factor`. A small noise on the copies' input
weights lets them part ways once training starts.

A capacity probe, not a model to ship: the head runs at 1/4 resolution on every tile, so a head
`factor` times wider costs about `factor` times its share of a tile (MODEL_CARD.md, "What limits
the fit"). It answers whether the head, where the 16 pixels of each 4x4 block are placed, is what
keeps the network from fitting thin strands more exactly.

`--neighbours` instead gives the head a view of the 8 neighbouring 4x4 blocks' raw pixels (arch
`lite-nb`: a 3x3 conv on the blocked input into the head's hidden layer, zero at the start, so
again the same function). It answers whether the head's view of its own block alone is what keeps
strands that cross a block edge from being placed exactly.

Run: /usr/bin/python3 models/train/grow_head.py --ckpt models/checkpoints/hairseg-lite.pt \
       --factor 3 --out /tmp/hairseg-lite-hx3.pt
     /usr/bin/python3 models/train/grow_head.py --ckpt models/checkpoints/hairseg-lite.pt \
       --neighbours --out /tmp/hairseg-lite-nb.pt
"""

from __future__ import annotations

import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt, save_ckpt  # noqa: E402
from train.model import build  # noqa: E402

GROWN = {3: "lite-hx3"}


def widen_head(state: dict, factor: int, noise: float, seed: int) -> dict:
    """`lite` weights -> the same function with a `factor`-times wider head hidden layer."""
    w1, b1 = state["head.0.weight"], state["head.0.bias"]  # (32, 64, 1, 1), (32,)
    w2 = state["head.2.weight"]  # (48, 32, 1, 1)
    g = torch.Generator().manual_seed(seed)
    out = dict(state)
    w1_wide = w1.repeat(factor, 1, 1, 1)
    w1_wide[w1.shape[0]:] += noise * w1.abs().mean() * torch.randn(w1_wide[w1.shape[0]:].shape, generator=g)
    out["head.0.weight"] = w1_wide
    out["head.0.bias"] = b1.repeat(factor)
    out["head.2.weight"] = w2.repeat(1, factor, 1, 1) / factor
    return out


def add_neighbour_view(state: dict) -> dict:
    """`lite` weights -> `lite-nb` weights computing the same function (the new view is zero)."""
    hidden = state["head.0.bias"].numel()
    return {**state, "nb.weight": torch.zeros(hidden, 48, 3, 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--factor", type=int, default=3, choices=sorted(GROWN))
    ap.add_argument("--neighbours", action="store_true", help="add the neighbouring blocks' view instead")
    ap.add_argument("--noise", type=float, default=0.01, help="relative noise on the copies' input weights")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    src = load_ckpt(args.ckpt)
    if src.get("arch", "lite") != "lite":
        raise SystemExit(f"{args.ckpt}: arch {src.get('arch')}, expected lite")
    state = src.get("ema") or src["model"]
    if args.neighbours:
        arch, weights = "lite-nb", add_neighbour_view(state)
        grown = {"neighbours": True}
    else:
        arch = GROWN[args.factor]
        weights = widen_head(state, args.factor, args.noise, args.seed)
        grown = {"factor": args.factor, "noise": args.noise, "seed": args.seed}
    model = build(arch)
    model.load_state_dict(weights)  # refuses any shape that is not the grown arch's
    meta = {k: v for k, v in src.items() if k not in ("model", "ema", "opt")}
    save_ckpt(args.out, {**meta, "arch": arch, "model": weights, "ema": weights,
                         "grown_from": {"ckpt": os.path.basename(args.ckpt), **grown}})
    print(f"{args.out}: {arch}, head hidden {weights['head.0.bias'].numel()} units")


if __name__ == "__main__":
    main()
