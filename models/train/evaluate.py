"""PyTorch-side held-out evaluation on models/eval (the app's own numbers come from `npm run eval`).

Per subset: hair IoU (hard: predicted hair probability >= the hair threshold vs label hair
fraction >= 0.5, pooled over the subset's pixels; the threshold is the shipped card's
`quality.hairThreshold`, which export.py picks on the validation set, or --hair-threshold),
mean coverage error in percentage points (coverage = 100 * hair / (hair + skin), soft sums of
softmax vs label fractions), and the same IoU for a Python
approximation of the classical baseline (CLAHE + black-hat/top-hat ridge + Otsu, and Otsu on
intensity for dense dark hair; mirrors the hair step of src/analysis/worker/classical.ts).
Each 512x512 eval image is one model tile.

Run: /usr/bin/python3 models/train/evaluate.py [--ckpt models/checkpoints/hairseg-lite.pt] [--eval models/.cache/val]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import cv2
import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt  # noqa: E402
from train.model import MEAN, STD, build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CARD = os.path.join(HERE, "..", "..", "public", "models", "hairseg.json")
THRESHOLDS = [round(0.25 + 0.05 * i, 2) for i in range(8)]  # 0.25 .. 0.60


def card_hair_threshold(path: str = CARD) -> float:
    try:
        return float(json.load(open(path)).get("quality", {}).get("hairThreshold", 0.5))
    except OSError:
        return 0.5


class HairThresholdSearch:
    """Pooled hair IoU at each candidate threshold, fed one image at a time (so it shares the
    caller's pass over the validation set). Mixed pixels of 1-3 px strands sit near 0.5, so
    where the cut lies moves the IoU by a point or more."""

    def __init__(self):
        self.inter = {t: 0 for t in THRESHOLDS}
        self.union = {t: 0 for t in THRESHOLDS}

    def add(self, p: np.ndarray, lab: np.ndarray) -> None:
        true = lab[2] >= 0.5
        for t in THRESHOLDS:
            pred = p[2] >= t
            self.inter[t] += int((pred & true).sum())
            self.union[t] += int((pred | true).sum())

    def best(self) -> tuple[float, dict]:
        """The threshold with the best pooled IoU, and the IoU at each candidate."""
        ious = {t: self.inter[t] / max(1, self.union[t]) for t in THRESHOLDS}
        return max(THRESHOLDS, key=lambda t: ious[t]), ious


def classical_hair(rgb: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    eq = cv2.createCLAHE(2.0, (8, 8)).apply(gray)
    ridge = np.zeros_like(gray)
    for side in (7, 17):
        k = cv2.getStructuringElement(cv2.MORPH_RECT, (side, side))
        ridge = np.maximum(ridge, cv2.morphologyEx(eq, cv2.MORPH_BLACKHAT, k))
        ridge = np.maximum(ridge, (cv2.morphologyEx(eq, cv2.MORPH_TOPHAT, k) * 0.5).astype(np.uint8))
    _, rm = cv2.threshold(ridge, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    bl = cv2.GaussianBlur(gray, (5, 5), 0)
    level, dm = cv2.threshold(bl, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    dark = bl[dm > 0].mean() if (dm > 0).any() else 0
    light = bl[dm == 0].mean() if (dm == 0).any() else 255
    m = rm > 0
    if light - dark > 60 and level < 110:
        m |= dm > 0
    return m


def predict(model, rgb: np.ndarray) -> np.ndarray:
    """Softmax [3,h,w] (background, skin, hair) for one RGB uint8 image, padded to the stride."""
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    h, w = rgb.shape[:2]
    H, W = (h + 31) // 32 * 32, (w + 31) // 32 * 32
    pad = cv2.copyMakeBorder(rgb, 0, H - h, 0, W - w, cv2.BORDER_REPLICATE)
    x = (torch.from_numpy(pad).permute(2, 0, 1)[None].float() / 255 - mean) / std
    with torch.no_grad():
        return torch.softmax(model(x), 1)[0, :, :h, :w].numpy()


def coverage_pct(p: np.ndarray) -> float:
    """100 * hair / (hair + skin) from [3,h,w] fractions (background, skin, hair)."""
    return float(100 * p[2].sum() / max(1e-6, (p[2] + p[1]).sum()))


# Same threshold as UNCERTAIN_TOP_PROBABILITY in src/analysis/worker/coverage.ts.
UNCERTAIN_TOP = 0.6


def uncertain_pct(p: np.ndarray) -> float:
    return float(100 * (p.max(0) < UNCERTAIN_TOP).mean())


def label_planes(label_rgb: np.ndarray) -> np.ndarray:
    """uint8 RGB label (R hair, G skin, B background) -> [3,h,w] background, skin, hair fractions."""
    return label_rgb.astype(np.float32).transpose(2, 0, 1)[::-1] / 255


def iter_samples(root: str):
    """(subset, file name, rgb uint8, label [3,h,w] as background, skin, hair fractions)."""
    subsets = json.load(open(os.path.join(root, "subsets.json")))
    for name in subsets:
        d = os.path.join(root, name)
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".jpg"):
                continue
            rgb = cv2.cvtColor(cv2.imread(os.path.join(d, fn)), cv2.COLOR_BGR2RGB)
            lab = cv2.cvtColor(cv2.imread(os.path.join(d, fn[:-4] + ".label.png")), cv2.COLOR_BGR2RGB)
            yield name, fn, rgb, label_planes(lab)


def load_model(path: str):
    st = load_ckpt(path)
    model = build(st.get("arch", "lite"))
    model.load_state_dict(st.get("ema") or st["model"])
    model.eval()
    return model, st


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "..", "checkpoints", "hairseg-lite.pt"))
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "eval"))
    ap.add_argument("--json", default=None, help="write results here too")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--hair-threshold", type=float, default=None, help="default: the shipped card's")
    args = ap.parse_args()
    thr = args.hair_threshold if args.hair_threshold is not None else card_hair_threshold()
    print(f"hair where p(hair) >= {thr}")
    torch.set_num_threads(args.threads)
    model, st = load_model(args.ckpt)
    subsets = json.load(open(os.path.join(args.eval, "subsets.json")))
    per = {name: {"i": 0, "u": 0, "ci": 0, "cu": 0, "err": [], "bias": []} for name in subsets}
    for name, fn, rgb, lab in iter_samples(args.eval):
        p = predict(model, rgb)
        r = per[name]
        pred = p[2] >= thr
        true = lab[2] >= 0.5
        r["i"] += int((pred & true).sum())
        r["u"] += int((pred | true).sum())
        cm = classical_hair(rgb)
        r["ci"] += int((cm & true).sum())
        r["cu"] += int((cm | true).sum())
        tc, pc = coverage_pct(lab), coverage_pct(p)
        r["err"].append(abs(tc - pc))
        r["bias"].append(pc - tc)
    results = {}
    tot = {"i": 0, "u": 0, "ci": 0, "cu": 0, "cov": []}
    print(f"{'subset':26s} {'hairIoU':>8s} {'classic':>8s} {'delta':>7s} {'covErr_pp':>9s} {'bias_pp':>8s} {'n':>3s}")
    for name in subsets:
        r = per[name]
        inter, union, cinter, cunion, cov_err, cov_bias = r["i"], r["u"], r["ci"], r["cu"], r["err"], r["bias"]
        iou = inter / max(1, union)
        ciou = cinter / max(1, cunion)
        results[name] = {"hairIoU": round(iou, 4), "classicalHairIoU": round(ciou, 4),
                         "meanCoverageErrorPp": round(float(np.mean(cov_err)), 2),
                         "meanCoverageBiasPp": round(float(np.mean(cov_bias)), 2), "n": len(cov_err)}
        tot["i"] += inter
        tot["u"] += union
        tot["ci"] += cinter
        tot["cu"] += cunion
        tot["cov"] += cov_err
        print(f"{name:26s} {iou:8.3f} {ciou:8.3f} {iou - ciou:+7.3f} {np.mean(cov_err):9.2f} {np.mean(cov_bias):+8.2f} {len(cov_err):3d}", flush=True)
    allr = {"hairIoU": round(tot["i"] / max(1, tot["u"]), 4), "classicalHairIoU": round(tot["ci"] / max(1, tot["cu"]), 4),
            "meanCoverageErrorPp": round(float(np.mean(tot["cov"])), 2), "n": len(tot["cov"])}
    results["all"] = allr
    print(f"{'all':26s} {allr['hairIoU']:8.3f} {allr['classicalHairIoU']:8.3f} {allr['hairIoU'] - allr['classicalHairIoU']:+7.3f} {allr['meanCoverageErrorPp']:9.2f} {'':8s} {allr['n']:3d}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"ckpt": os.path.basename(args.ckpt), "step": st.get("step"), "hairThreshold": thr, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
