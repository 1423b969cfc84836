"""Fits the hair counter's calibration (src/analysis/worker/hairCountCalibration.ts) and scores it.

The rule counter (src/analysis/worker/hairCount.ts) counts line ends on the thinned hair mask. It
over-counts sparse fields of long hair (broken shafts, stray lines each add ends) and under-counts
dense ones (shafts lying along each other merge), so on its own its count is off by about 70 % of
an image's hairs on average. How far off depends on what else the mask shows: how much hair
length there is per frame and how wide the shafts are relative to the frame. A log-linear model
of the true count on those, fitted on exact synthetic counts, takes that out:

  log(1 + hairs) = a + b*lr + c*ll + d*lw + e*lr*ll
  lr = log(1 + rule count), ll = log(hair length / frame diagonal + 0.05),
  lw = log(shaft width / frame diagonal), hair length = hair area / shaft width

Every term is a ratio within the photo, so the calibration does not depend on its resolution.

Input: what scripts/countPlanes.ts writes (index.json per folder: the true count, the rule
counter's reading, hair area and shaft width at the analysis scale). Only images the rule counts
with at least one hair are fitted and calibrated (the app keeps 0 as 0).

Run (MODEL_CARD.md, Hair count, has the data and the figures):
  /usr/bin/python3 models/train/count_calibrate.py --train models/.cache/count-planes/train0 \
      models/.cache/count-planes/train1 --score models/.cache/count-planes/val \
      models/.cache/count-planes/val-b
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.count_metrics import count_errors  # noqa: E402

LENGTH_OFFSET = 0.05
# ll and lw are clamped to the range they took on the training images (min, max; printed by a
# fit), so a photo unlike any of them (a scope of far lower magnification, a frame of hair far
# longer) gets the correction of the nearest ones, not an extrapolation of the fitted surface.
# The rule's count is not clamped: more traced hairs must never read as fewer.
LL_RANGE = (-1.978, 2.908)
LW_RANGE = (-5.190, -2.660)


def load(folder: str) -> list[dict]:
    with open(os.path.join(folder, "index.json")) as f:
        return json.load(f)["images"]


def features(im: dict, clamp: bool = True) -> np.ndarray | None:
    """The model's terms for one image, or None where the rule gives no count or counts 0."""
    hairs = im.get("rule", {}).get("hairs")
    if not hairs or "shaftWidthPx" not in im:
        return None
    diag = math.hypot(im["analysisWidthPx"], im["analysisHeightPx"])
    lr = math.log1p(hairs)
    ll = math.log(im["hairAreaPx"] / im["shaftWidthPx"] / diag + LENGTH_OFFSET)
    lw = math.log(im["shaftWidthPx"] / diag)
    if clamp:
        ll = min(max(ll, LL_RANGE[0]), LL_RANGE[1])
        lw = min(max(lw, LW_RANGE[0]), LW_RANGE[1])
    return np.array([1.0, lr, ll, lw, lr * ll])


def calibrated(coef: np.ndarray, im: dict) -> int | None:
    """As hairCountCalibration.ts: None without a rule count, 0 stays 0."""
    hairs = im.get("rule", {}).get("hairs")
    if hairs is None:
        return None
    x = features(im)
    return 0 if x is None else max(0, int(round(math.expm1(float(x @ coef)))))


def summary(pairs: list[tuple[int, int]]) -> dict:
    """As scripts/node/hairCountEval.ts summariseCounts: over counted images with hair."""
    p = [(c, t) for c, t in pairs if c is not None and t > 0]
    if not p:
        return {"counted": 0}
    errors = count_errors(np.array([a for a, _ in p], float), np.array([b for _, b in p], float))
    return {
        "counted": len(p),
        **{k: round(errors[k], 1) for k in ("maePct", "pooledErrPct", "biasPct")},
        "r": None if errors["r"] is None else round(errors["r"], 2),
    }


def fit(images: list[dict]) -> np.ndarray:
    rows = [(features(im, clamp=False), im["truth"]) for im in images]
    rows = [(x, t) for x, t in rows if x is not None]
    X = np.stack([x for x, _ in rows])
    print(json.dumps({"llRange": [round(float(X[:, 2].min()), 3), round(float(X[:, 2].max()), 3)],
                      "lwRange": [round(float(X[:, 3].min()), 3), round(float(X[:, 3].max()), 3)]}))
    y = np.log1p(np.array([t for _, t in rows], float))
    return np.linalg.lstsq(X, y, rcond=None)[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--score", nargs="*", default=[])
    args = ap.parse_args()
    train = [im for f in args.train for im in load(f)]
    coef = fit(train)
    print(json.dumps({"coefficients": [round(float(v), 6) for v in coef], "fittedOn": len(train)}))
    for name, images in [("train", train)] + [(f, load(f)) for f in args.score]:
        rule = summary([(im.get("rule", {}).get("hairs"), im["truth"]) for im in images])
        cal = summary([(calibrated(coef, im), im["truth"]) for im in images])
        print(f"{name}: {len(images)} images\n  rule       {json.dumps(rule)}\n  calibrated {json.dumps(cal)}")


if __name__ == "__main__":
    main()
