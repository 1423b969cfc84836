"""Writes the held-out eval set models/eval/ (see docs/CONTRACTS.md).

models/eval/<subset>/<id>.jpg (JPEG q90, 448x448) + <id>.label.png (R=hair, G=skin,
B=background fractions x255, rounded to multiples of 17 (16 levels) to keep the set under 8 MB) + models/eval/subsets.json. Seeds are EVAL_SEED_BASE + 1000*k + i, a range
never used for training (make_train.py uses 1_000_000..).

Run: /usr/bin/python3 models/synth/make_eval.py [--count 10 --size 512]

A second held-out set, models/eval-g/ (since stop 19), comes from SHIFT_SEED_BASE with the
generator of the day it was written (revision G: full heads of hair, garments, hair-free
scenes), which the shipped model never trained on; npm run eval reports it beside the eval set:
  /usr/bin/python3 models/synth/make_eval.py --count 9 --seed-base 9800000 --out models/eval-g
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys

import cv2
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.scenes import render  # noqa: E402

EVAL_SEED_BASE = 9_000_000
SHIFT_SEED_BASE = 9_800_000


def quantise_label(lab: np.ndarray, step: int) -> np.ndarray:
    """Rounds fractions to multiples of `step`/255 (keeps the repo small; unbiased on average)."""
    if step <= 1:
        return lab
    f = lab.astype(np.float32)
    hair = np.minimum(np.round(f[..., 0] / step) * step, 255)
    skin = np.minimum(np.round(f[..., 1] / step) * step, 255 - hair)
    return np.stack([hair, skin, 255 - hair - skin], -1).astype(np.uint8)


def _pick(rng, xs):
    return xs[int(rng.integers(len(xs)))]


# subset -> (description, function(rng) -> (kind, force))
SUBSETS = {
    "white-on-pale": (
        "Top-down scalp, Fitzpatrick I-II skin with white, gray or blond hair (almost no contrast).",
        lambda r: ("topdown", {"fitz": int(r.integers(1, 3)), "hair": _pick(r, ["white", "gray", "blond"])}),
    ),
    "dark-skin": (
        "Fitzpatrick V-VI skin, top-down or oblique, any hair colour.",
        lambda r: (_pick(r, ["topdown", "oblique"]), {"fitz": int(r.integers(5, 7))}),
    ),
    "dermoscopy": (
        "Trichoscopy and skin-lesion dermoscopy close-ups: 5-42 px shafts, pigmented lesions, marker ink, rulers, scale, gel bubbles, round field of view, banners, tints.",
        lambda r: ("dermoscopy", {}),
    ),
    "oblique-with-background": (
        "Whole-head oblique/frontal shots with forehead, ears, clothes and textured backdrops.",
        lambda r: ("oblique", {}),
    ),
    "sparse": (
        "Top-down thinning/bald scalp, hair coverage mostly below ~25 %.",
        lambda r: ("topdown", {"density": (0.0, float(r.uniform(0.08, 0.3)))}),
    ),
    "dense": (
        "Top-down dense hair, little scalp visible.",
        lambda r: ("topdown", {"density": (float(r.uniform(0.6, 0.8)), 1.0)}),
    ),
    "glare": (
        "Flash glare / specular highlights clipped to white over scalp and hair.",
        lambda r: (_pick(r, ["topdown", "oblique"]), {"glare": True}),
    ),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=9)
    ap.add_argument("--size", type=int, default=448)
    ap.add_argument("--label-step", type=int, default=17, help="label quantisation step (1 = exact; 17 divides 255)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "eval"))
    ap.add_argument("--seed-base", type=int, default=EVAL_SEED_BASE,
                    help="8_000_000 writes a validation set for model selection (never eval seeds)")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    index = {}
    for k, (subset, (desc, pick)) in enumerate(SUBSETS.items()):
        d = os.path.join(out, subset)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        seeds = [args.seed_base + 1000 * k + i for i in range(args.count)]
        metas = []
        for sd in seeds:
            kind, force = pick(np.random.default_rng(sd))
            force["split"] = "eval"  # real backdrop photos never seen in training
            im, lab, meta = render(sd, kind, (args.size, args.size), force=force)
            lab = quantise_label(lab, args.label_step)
            name = f"{sd}"
            cv2.imwrite(os.path.join(d, name + ".jpg"), cv2.cvtColor(im, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
            cv2.imwrite(os.path.join(d, name + ".label.png"), cv2.cvtColor(lab, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_PNG_COMPRESSION, 9])
            metas.append(meta)
        index[subset] = {"description": desc, "seeds": seeds, "count": len(seeds),
                         "meanHairPct": round(float(np.mean([m["hairPct"] for m in metas])), 1)}
        print(subset, index[subset]["meanHairPct"], flush=True)
    with open(os.path.join(out, "subsets.json"), "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
