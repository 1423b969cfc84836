"""How well a checkpoint fits the images it trained on, beside unseen images of the same generator
revision: the question behind "more data" or "a larger network".

If the network reads its own training images about as well as unseen ones, it is not memorising:
more of the same data will not help much, and what limits it is the network (capacity) or the
task (soft labels on 1-3 px strands). If it reads them clearly better, the gap is generalisation,
and more data is the lever.

Each shard image is read whole (384x384 is one tile, no crop, no zoom) by the PyTorch model, as
evaluate.py reads its sets: pooled hair IoU (p(hair) >= the card's hair threshold against label
hair >= 0.5) and the mean coverage error in percentage points, per scene kind and overall.
Beside them, two figures of the labels alone, which bound what any hard mask can score on these
thin strands: the label against itself moved one pixel sideways, and the exact soft label cut at
the card's threshold instead of at 0.5.

The label columns are read on the unseen images.

Run: /usr/bin/python3 models/train/fit_gap.py --seen models/.cache/train --seen-shards 28-35 \
       --unseen /tmp/unseenE --unseen-shards 40-41 --per-set 500
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.evaluate import card_hair_threshold, coverage_pct, label_planes, load_model, predict  # noqa: E402
from train.train import shard_files  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def shard_samples(cache: str, spec: str, limit: int):
    """(kind, rgb uint8, label [3,h,w] as background, skin, hair fractions), `limit` images spread
    evenly over the shards' images in order."""
    files = shard_files(cache, spec)
    if not files:
        raise SystemExit(f"no shards {spec} in {cache}")
    items = []
    for f in files:
        with open(f + ".json") as fh:
            kinds = [m.get("kind", "?") for m in json.load(fh)]
        items += [(f, i, k) for i, k in enumerate(kinds)]
    pick = np.linspace(0, len(items) - 1, min(limit, len(items))).round().astype(int)
    opened: dict[str, np.lib.npyio.NpzFile] = {}
    for j in pick:
        f, i, kind = items[j]
        if f not in opened:
            opened.clear()
            opened[f] = np.load(f)
        d = opened[f]
        yield kind, d["images"][i], label_planes(d["labels"][i])


def score(model, samples, thr: float) -> dict:
    per = defaultdict(lambda: {"i": 0, "u": 0, "err": [], "bias": [], "si": 0, "su": 0, "ti": 0, "tu": 0})
    for kind, rgb, lab in samples:
        p = predict(model, rgb)
        true = lab[2] >= 0.5
        moved = np.zeros_like(true)
        moved[:, 1:] = true[:, :-1]
        counts = {}
        for name, mask in (("", p[2] >= thr), ("s", moved), ("t", lab[2] >= thr)):
            counts[name + "i"] = int((mask & true).sum())
            counts[name + "u"] = int((mask | true).sum())
        # Coverage only where there is scalp.
        bias = coverage_pct(p) - coverage_pct(lab) if lab[1].sum() + lab[2].sum() > 0.05 * lab[0].size else None
        for key in (kind, "all"):
            r = per[key]
            for name, n in counts.items():
                r[name] += n
            if bias is not None:
                r["err"].append(abs(bias))
                r["bias"].append(bias)
    return {k: {"hairIoU": round(r["i"] / max(1, r["u"]), 4),
                "labelMovedOnePxIoU": round(r["si"] / max(1, r["su"]), 4),
                "labelCutAtThresholdIoU": round(r["ti"] / max(1, r["tu"]), 4),
                "meanCoverageErrorPp": round(float(np.mean(r["err"])), 2) if r["err"] else None,
                "meanCoverageBiasPp": round(float(np.mean(r["bias"])), 2) if r["bias"] else None,
                "n": len(r["err"])}
            for k, r in per.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "..", "checkpoints", "hairseg-lite.pt"))
    ap.add_argument("--seen", required=True, help="shard folder the checkpoint trained on")
    ap.add_argument("--seen-shards", required=True, help='e.g. "28-35"')
    ap.add_argument("--unseen", required=True, help="shard folder of the same revision, other seeds")
    ap.add_argument("--unseen-shards", required=True)
    ap.add_argument("--per-set", type=int, default=500)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    thr = card_hair_threshold()
    model, st = load_model(args.ckpt)
    trained_on = set(st.get("data_shards") or [])
    seen_files = [os.path.basename(f) for f in shard_files(args.seen, args.seen_shards)]
    missing = [f for f in seen_files if f not in trained_on]
    if trained_on and missing:
        raise SystemExit(f"the checkpoint did not train on {missing}")
    seen = score(model, shard_samples(args.seen, args.seen_shards, args.per_set), thr)
    unseen = score(model, shard_samples(args.unseen, args.unseen_shards, args.per_set), thr)
    print(f"{os.path.basename(args.ckpt)}, hair where p(hair) >= {thr}; whole 384x384 shard images")
    print(f"{'kind':12s} {'IoU seen':>9s} {'unseen':>7s} {'covErr seen':>12s} {'unseen':>7s} {'n seen/unseen':>14s}"
          f" {'label 1px over':>15s} {'label cut':>10s}")
    for k in sorted(set(seen) | set(unseen), key=lambda k: (k == "all", k)):
        a, b = seen.get(k, {}), unseen.get(k, {})
        fmt = lambda v, spec: format(v, spec) if v is not None else "-"  # noqa: E731
        print(f"{k:12s} {fmt(a.get('hairIoU'), '9.3f')} {fmt(b.get('hairIoU'), '7.3f')} "
              f"{fmt(a.get('meanCoverageErrorPp'), '12.2f')} {fmt(b.get('meanCoverageErrorPp'), '7.2f')} "
              f"{a.get('n', 0):>7d}/{b.get('n', 0):<6d} {fmt(b.get('labelMovedOnePxIoU'), '15.3f')}"
              f" {fmt(b.get('labelCutAtThresholdIoU'), '10.3f')}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"ckpt": os.path.basename(args.ckpt), "hairThreshold": thr, "seen": seen, "unseen": unseen,
                       "seenShards": args.seen_shards, "unseenShards": args.unseen_shards}, f, indent=1)


if __name__ == "__main__":
    main()
