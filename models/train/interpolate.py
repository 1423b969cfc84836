"""Weight interpolation of a model and its own fine-tune (WiSE-FT: Wortsman et al., "Robust
fine-tuning of zero-shot models", CVPR 2022): theta = (1 - alpha) * theta_a + alpha * theta_b.

A fine-tune on synthetic data tends to gain on synthetic sets and lose on real photos (MODEL_CARD.md,
Training, runs 3-7). Both ends start from the same weights, so they sit in one basin, and points
between them often keep much of the fine-tune's gain with less of its loss. Every float tensor of
the two EMA state dicts is interpolated (BatchNorm running statistics too); integer buffers
(num_batches_tracked) are taken from the first. The result is a checkpoint that export.py and
evaluate.py read like any other.

Run: /usr/bin/python3 models/train/interpolate.py --a models/checkpoints/hairseg-lite.pt \
       --b models/.cache/hairseg-lite-run7.pt --alpha 0.5 --out models/.cache/hairseg-lite-wise50.pt
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt  # noqa: E402


def interpolate(a: dict, b: dict, alpha: float) -> dict:
    if a.keys() != b.keys():
        raise SystemExit(f"state dicts differ: {sorted(a.keys() ^ b.keys())[:5]}")
    out = {}
    for k, va in a.items():
        vb = b[k]
        if va.shape != vb.shape:
            raise SystemExit(f"{k}: shapes {tuple(va.shape)} and {tuple(vb.shape)} differ")
        out[k] = torch.lerp(va, vb, alpha) if va.is_floating_point() else va.clone()
    return out


def weights(st: dict) -> dict:
    return st.get("ema") or st["model"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", required=True, help="start checkpoint (alpha = 0)")
    ap.add_argument("--b", required=True, help="its fine-tune (alpha = 1)")
    ap.add_argument("--alpha", type=float, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if not 0 <= args.alpha <= 1:
        raise SystemExit("--alpha must be within 0..1")
    sa = load_ckpt(args.a)
    sb = load_ckpt(args.b)
    if sa.get("arch") != sb.get("arch"):
        raise SystemExit(f"architectures differ: {sa.get('arch')} and {sb.get('arch')}")
    st = {k: v for k, v in sa.items() if k not in ("model", "ema", "opt")}
    st["ema"] = interpolate(weights(sa), weights(sb), args.alpha)
    st["interpolated"] = {"a": args.a, "b": args.b, "alpha": args.alpha,
                          "b_step": sb.get("step"), "b_seed": sb.get("seed")}
    torch.save(st, args.out)
    meta = {k: v for k, v in st.items() if k != "ema"}
    with open(args.out + ".json", "w") as f:
        json.dump(meta, f, indent=1)
    print(json.dumps(meta["interpolated"]))


if __name__ == "__main__":
    main()
