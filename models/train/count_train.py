"""Trains the learned hair counter: a small fully convolutional network that reads a trichoscopy
close-up's hair and skin planes (the segmenter's output, shrunk so a shaft is about 4 px wide:
src/analysis/worker/countInput.ts) and outputs a density map whose sum is the number of hairs.

Why a network and not rules: the rule counter (src/analysis/worker/hairCount.ts) thins the mask
and counts line ends; shafts lying along or over each other merge, broken shafts add ends, and
it errs by about 45 % per hair on held-out close-ups (MODEL_CARD.md, Hair count). Counting by a
density map learns, from exact counts, how many hairs such shapes hold, as crowd counters do.

Data: what scripts/countPlanes.ts writes (planes.bin + index.json) for close-up sets from
models/synth/make_count_eval.py: training seeds 7,000,000+ (split "train"), validation seeds
8,300,000+ (chooses the checkpoint), held-out models/eval-count/ (reported only).

Run:
  /usr/bin/python3 models/train/count_train.py --train models/.cache/count-planes/train \
      --val models/.cache/count-planes/val --ckpt models/checkpoints/haircount.pt --minutes 40
  /usr/bin/python3 models/train/count_train.py --ckpt models/checkpoints/haircount.pt \
      --score models/.cache/count-planes/val        # figures of the saved checkpoint
  # a fine-tune that adds close-ups rendered at 1024 px (stop 29; MODEL_CARD.md, Hair count)
  /usr/bin/python3 models/train/count_train.py --init models/checkpoints/haircount.pt \
      --train <512-px planes>... <1024-px planes> <1024-px planes> --val <512-px val> <1024-px val> \
      --choose-by mae+pooled --lr 3e-4 --minutes 20 --ckpt models/.cache/haircount-c2.pt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt, save_ckpt  # noqa: E402
from train.count_metrics import count_errors  # noqa: E402

# The density map is at 1/STRIDE of the input; inputs are zero-padded to a multiple of it.
STRIDE = 4


class HairCountNet(nn.Module):
    """2 planes (hair, skin) -> non-negative hair density at 1/4. Receptive field ~65 px of the
    input, about 16 shaft widths: enough to see a hair's ends, crossings and neighbours. Only
    the first layer works at full size (2 input planes make it cheap)."""

    def __init__(self, width: int = 32):
        super().__init__()
        c1, c2, c3 = width // 2, width * 3 // 4, width

        def block(cin, cout, s=1, d=1):
            return nn.Sequential(nn.Conv2d(cin, cout, 3, s, d, dilation=d), nn.ReLU(inplace=True))

        self.body = nn.Sequential(
            block(2, c1),
            block(c1, c2, s=2),
            block(c2, c3, s=2),
            block(c3, c3, d=2),
            block(c3, c3, d=4),
            block(c3, c3),
            nn.Conv2d(c3, 1, 1),
        )

        # A hair spreads over tens of density cells: start every cell near softplus(-5) (0.007),
        # a plausible sum, rather than at 0.7, which the first steps would crush into the flat
        # tail of the softplus, where no gradient is left.
        nn.init.constant_(self.body[-1].bias, -5.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Softplus keeps the density non-negative without dead zero regions.
        return nn.functional.softplus(self.body(x))


def density_target(ends: list, scale: float, gh: int, gw: int) -> np.ndarray:
    """Half a hair at each place a counted hair is first and last seen, on the density grid
    (1/STRIDE of the input), each half spread as a Gaussian of one cell renormalised inside the
    grid, so the map sums to the true count exactly."""
    out = np.zeros((gh, gw), np.float32)
    yy, xx = np.mgrid[0:gh, 0:gw]
    for x0, y0, x1, y1 in ends:
        for x, y in ((x0, y0), (x1, y1)):
            cx, cy = x * scale / STRIDE - 0.5, y * scale / STRIDE - 0.5
            g = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / 2).astype(np.float32)
            out += 0.5 * g / g.sum()
    return out


def load_planes(folder: str) -> list[dict]:
    """Images of a countPlanes.ts folder; those with an input get float32 [2,H,W] planes, zero
    (background) padded to a multiple of STRIDE as the app pads them, and, where the set has
    hair ends, the density target [H/STRIDE, W/STRIDE]."""
    with open(os.path.join(folder, "index.json")) as f:
        index = json.load(f)
    raw = np.fromfile(os.path.join(folder, "planes.bin"), dtype=np.uint8)
    out = []
    for im in index["images"]:
        item = {"id": im["id"], "truth": im["truth"], "cut": im.get("cut", False), "reason": im.get("reason")}
        if "offset" in im:
            h, w = im["heightPx"], im["widthPx"]
            H, W = -(-h // STRIDE) * STRIDE, -(-w // STRIDE) * STRIDE
            p = np.zeros((2, H, W), np.float32)
            p[:, :h, :w] = raw[im["offset"]:im["offset"] + 2 * h * w].reshape(2, h, w).astype(np.float32) / 255
            item["planes"] = p
            if "countEnds" in im:
                item["target"] = density_target(im["countEnds"], w / im["analysisWidthPx"], H // STRIDE, W // STRIDE)
        out.append(item)
    return out


def pad_batch(planes: list[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
    """A batch zero-padded to its largest image, and the mask of density cells over each image
    (its own padding to a multiple of STRIDE included, as in the app)."""
    H = max(p.shape[1] for p in planes)
    W = max(p.shape[2] for p in planes)
    x = np.zeros((len(planes), 2, H, W), np.float32)
    m = np.zeros((len(planes), 1, H // STRIDE, W // STRIDE), np.float32)
    for i, p in enumerate(planes):
        _, h, w = p.shape
        x[i, :, :h, :w] = p
        m[i, :, : h // STRIDE, : w // STRIDE] = 1
    return torch.from_numpy(x), torch.from_numpy(m)


def count(model: nn.Module, planes: list[np.ndarray]) -> np.ndarray:
    x, m = pad_batch(planes)
    with torch.no_grad():
        return (model(x) * m).sum((1, 2, 3)).numpy()


def augment(rng: np.random.Generator, *arrays: np.ndarray) -> list[np.ndarray]:
    """The same flip and quarter turn of each array (planes [2,H,W], target [H/4,W/4]): a hair
    count does not depend on the scope's orientation."""
    k, flip = int(rng.integers(4)), rng.uniform() < 0.5
    out = []
    for a in arrays:
        a = np.rot90(a, k, axes=(-2, -1))
        if flip:
            a = a[..., ::-1]
        out.append(np.ascontiguousarray(a))
    return out


def score(model: nn.Module, items: list[dict]) -> dict:
    """The eval's figures (scripts/node/hairCountEval.ts): over images with an input, the mean
    and pooled relative error and the bias of the rounded count, percent."""
    have = [it for it in items if "planes" in it and it["truth"] > 0]
    if not have:
        return {"n": 0}
    model.eval()
    pred = np.concatenate([count(model, [it["planes"]]) for it in have])
    return {"n": len(have), **count_errors(np.round(pred), np.array([it["truth"] for it in have], np.float64))}



# How a checkpoint is chosen from its validation figures (--choose-by): the mean relative error,
# or its mean with the pooled error, which also weighs the count's overall scale (a checkpoint
# that under-counts everything can have a low mean relative error).
CHOICES = {
    "mae": lambda v: v["maePct"],
    "mae+pooled": lambda v: (v["maePct"] + v["pooledErrPct"]) / 2,
}


# The reference input for the app's check of the exported graph (tests/analysis/countModel.test.ts
# builds the same planes): a frame of REF_SIZE px with diagonal bars of hair on skin.
REF_SIZE = (96, 128)  # height, width


def reference_planes() -> np.ndarray:
    h, w = REF_SIZE
    y, x = np.mgrid[0:h, 0:w]
    hair = (((x + 2 * y) % 37) < 5).astype(np.float32)
    return np.stack([hair, 1 - hair])


def export(ckpt: str, out_dir: str, version: str) -> None:
    """ONNX (opset 17, any size divisible by STRIDE) and its card beside it."""
    st = load_ckpt(ckpt)
    model = HairCountNet(st["width"])
    model.load_state_dict(st["model"])
    model.eval()
    onnx_path = os.path.join(out_dir, "haircount.onnx")
    x = torch.zeros(1, 2, 64, 64)
    torch.onnx.export(
        model, x, onnx_path, input_names=["planes"], output_names=["density"], opset_version=17,
        dynamic_axes={"planes": {2: "height", 3: "width"}, "density": {2: "height", 3: "width"}},
        do_constant_folding=True,
        **({"dynamo": False} if int(torch.__version__.split(".")[0]) >= 2 else {}),
    )
    data = open(onnx_path, "rb").read()
    ref = reference_planes()
    with torch.no_grad():
        ref_count = float(model(torch.from_numpy(ref)[None]).sum())
    card = {
        "name": "haircount",
        "version": version,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "inputs": ["hair", "skin"],
        "inputShaftWidthPx": 4,
        "stride": STRIDE,
        "validation": st.get("val"),
        "reference": {"heightPx": REF_SIZE[0], "widthPx": REF_SIZE[1], "count": round(ref_count, 5)},
        "trainedOn": "models/train/count_train.py; MODEL_CARD.md, Hair count",
    }
    with open(os.path.join(out_dir, "haircount.json"), "w") as f:
        json.dump(card, f, indent=2)
        f.write("\n")
    print(json.dumps(card))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="*", default=[])
    # Several validation folders (e.g. one set at 512 px and its plans at 1024 px): the checkpoint
    # is chosen on the mean over them of --choose-by (CHOICES).
    ap.add_argument("--val", nargs="+")
    ap.add_argument("--init", help="start from this checkpoint's weights (a fine-tune; its width is kept)")
    ap.add_argument("--choose-by", choices=sorted(CHOICES), default="mae")
    ap.add_argument("--ckpt", default=os.path.join(os.path.dirname(__file__), "..", "checkpoints", "haircount.pt"))
    ap.add_argument("--minutes", type=float, default=40)
    ap.add_argument("--bs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--width", type=int, default=32)
    ap.add_argument("--map-weight", type=float, default=10.0, help="weight of the density-map loss")
    ap.add_argument("--seed", type=int, default=2812)
    ap.add_argument("--eval-every", type=int, default=300, help="steps between validation reads")
    ap.add_argument("--score", nargs="*", help="only print the saved checkpoint's figures on these folders")
    ap.add_argument("--export", help="write haircount.onnx and haircount.json of the checkpoint into this folder")
    # No default: an export that forgot it would be labelled with another counter's version, and
    # every stored count records the version that made it.
    ap.add_argument("--version", help="the exported counter's version string (required with --export)")
    args = ap.parse_args()
    if args.export and not args.version:
        ap.error("--export needs --version (e.g. --version haircount-0.2.1)")
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    if args.export:
        export(args.ckpt, args.export, args.version)
        return

    if args.score:
        st = load_ckpt(args.ckpt)
        model = HairCountNet(st["width"])
        model.load_state_dict(st["model"])
        for folder in args.score:
            print(folder, json.dumps(score(model, load_planes(folder))))
        return

    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    train = [it for f in args.train for it in load_planes(f) if "planes" in it]
    missing = sum("target" not in it for it in train)
    if missing:
        raise SystemExit(f"{missing} training images have no hair ends (make_count_eval.py --ends)")
    vals = [load_planes(f) for f in args.val]
    print(f"train {len(train)} images with an input, val {[sum('planes' in v for v in val) for val in vals]}",
          flush=True)
    # Batches of similar size pad little: sort by area, cut into batches, shuffle the batches.
    order = sorted(range(len(train)), key=lambda i: train[i]["planes"].size)
    batches = [order[i:i + args.bs] for i in range(0, len(order), args.bs)]

    init = load_ckpt(args.init) if args.init else None
    width = init["width"] if init else args.width
    model = HairCountNet(width)
    if init:
        model.load_state_dict(init["model"])
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    budget = args.minutes * 60
    t0 = time.time()
    step, best, history = 0, None, []
    while time.time() - t0 < budget:
        for b in rng.permutation(len(batches)):
            frac = min(1.0, (time.time() - t0) / budget)
            for g in opt.param_groups:
                g["lr"] = args.lr * 0.5 * (1 + math.cos(math.pi * frac))
            model.train()
            items = [train[i] for i in batches[b]]
            pairs = [augment(rng, it["planes"], it["target"]) for it in items]
            x, m = pad_batch([p for p, _ in pairs])
            target = torch.zeros_like(m)
            for i, (_, d) in enumerate(pairs):
                target[i, 0, : d.shape[0], : d.shape[1]] = torch.from_numpy(d)
            t = torch.tensor([float(it["truth"]) for it in items])
            density = model(x) * m
            pred = density.sum((1, 2, 3))
            # Error over sqrt(count): between the mean relative error (which small counts sway)
            # and the pooled error (which large counts do), the eval's two figures; plus the
            # density map against half a hair at each end, which says where the count lies.
            loss = ((pred - t).abs() / (t + 1).sqrt()).mean() + args.map_weight * ((density - target) ** 2).sum((1, 2, 3)).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % args.eval_every == 0 or time.time() - t0 >= budget:
                per = [score(model, val) for val in vals]
                s = dict(per[0]) if len(per) == 1 else {
                    "maePct": float(np.mean([v["maePct"] for v in per])), "perVal": per}
                s["choice"] = float(np.mean([CHOICES[args.choose_by](v) for v in per]))
                s.update(step=step, minutes=round((time.time() - t0) / 60, 1), loss=float(loss))
                history.append(s)
                print(json.dumps(s), flush=True)
                # The checkpoint is chosen on validation (--choose-by).
                if best is None or s["choice"] < best["choice"]:
                    best = s
                    save_ckpt(args.ckpt, {"model": model.state_dict(), "width": width, "val": s,
                                          "args": vars(args), "history": history})
            if time.time() - t0 >= budget:
                break
    print("best", json.dumps(best))


if __name__ == "__main__":
    main()
