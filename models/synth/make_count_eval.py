"""Writes the held-out hair-count set models/eval-count/ (trichoscopy close-ups with true counts).

models/eval-count/<seed>.jpg (JPEG q90, 512x512, camera applied) + <seed>.label.png (R=hair,
G=skin, B=background fractions x255, quantised like models/eval/, see make_eval.py) +
counts.json with the number of visible strands per image (meta "hairCount" of
render_dermoscopy: strands with at least max(2 x root width, 3 px) of their length visible;
vellus hairs included, "terminalCount" without them).

Seeds are COUNT_SEED_BASE + i, a range used nowhere else (make_eval.py: 9_000_000 + 1000*k + i,
validation 8_000_000.., make_train.py 1_000_000..). Magnification and density are drawn per image
and tied as under a real scope (plan()): the shaft width sets the field of view, a density of
40-320 hairs/cm2 over it the number of follicular units; every third image is trimmed (force
"cut", short untapered shafts, as in a phototrichogram).

Run: /usr/bin/python3 models/synth/make_count_eval.py
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
from synth.make_eval import quantise_label  # noqa: E402
from synth.scenes import render  # noqa: E402

COUNT_SEED_BASE = 9_500_000
COUNT = 48
SIZE = 512
LABEL_STEP = 17  # as make_eval.py


# A terminal shaft is about 70 µm across at its root (DOMAIN.md: vellus < 30 µm, terminal 60-100).
HAIR_UM = 70.0
# Strands per follicular unit in render_dermoscopy (choice of 1, 1, 2, 2, 3).
STRANDS_PER_UNIT = 1.8


def plan(i: int, seed: int) -> tuple[dict, dict]:
    """force for image i, and what it implies (field of view, planned density). Magnification and density are drawn together, as a scope sees them: the
    root width (6-30 px at 512, x20 to x70 and beyond) fixes the field of view, and a density of
    40-320 hairs/cm2 (thinning to normal, DOMAIN.md) over that field fixes how many follicular
    units are drawn. Every third image is trimmed (short, untapered shafts: a phototrichogram)."""
    r = np.random.default_rng(seed + 7)
    wmin = float(np.exp(r.uniform(np.log(6), np.log(30))))
    density = float(r.uniform(40, 320))
    # Mean root width is 1.3 x wmin (StrandStyle width_px = wmin .. 1.6 wmin).
    fov_mm = SIZE * HAIR_UM / 1000 / (1.3 * wmin)
    units = max(1, int(round(density * (fov_mm / 10) ** 2 / STRANDS_PER_UNIT)))
    # wmin stays at 512 px at every image size: render_dermoscopy scales it to the image itself, so
    # a larger render is the same field of view and units with shafts as many pixels wider. (Until
    # stop 30 it was scaled here too, so 1024- and 2048-px renders drew shafts 2x and 4x too wide.)
    force = {"units": units, "wmin": round(wmin, 3), "cut": i % 3 == 1, "split": "eval"}
    return force, {"fieldOfViewMm": round(fov_mm, 3), "plannedPerCm2": round(density, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "eval-count"))
    # A validation count set (to choose the counter's settings on) is this with other seeds:
    # --seed-base 8300000 --out models/.cache/val-count (8_300_000.. is used nowhere else).
    ap.add_argument("--seed-base", type=int, default=COUNT_SEED_BASE)
    ap.add_argument("--count", type=int, default=COUNT)
    # The learned counter's training set (models/train/count_train.py) is this with split "train"
    # (training backdrops) and seeds 7_000_000.., used nowhere else; --part i/n writes every n-th
    # image from the i-th into its own folder, so that n processes share the work.
    ap.add_argument("--split", choices=["eval", "train"], default="eval")
    ap.add_argument("--part", default="0/1")
    # --ends: also where each counted hair is first and last seen (counts.json "countEnds"),
    # the learned counter's density target. Images are the same with or without it.
    ap.add_argument("--ends", action="store_true")
    # --size: the same plan at another resolution (a dermatoscope camera's 1-2 k px rather than
    # 512), to see whether the counter holds at the app's photo sizes.
    ap.add_argument("--size", type=int, default=SIZE)
    args = ap.parse_args()
    part, parts = (int(v) for v in args.part.split("/"))
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    images = []
    count = args.count
    for i in range(part, count, parts):
        sd = args.seed_base + i
        force, implied = plan(i, sd)
        force["split"] = args.split
        force["countEnds"] = args.ends
        im, lab, meta = render(sd, "dermoscopy", (args.size, args.size), force=dict(force))
        lab = quantise_label(lab, LABEL_STEP)
        name = f"{sd}"
        cv2.imwrite(os.path.join(out, name + ".jpg"), cv2.cvtColor(im, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
        cv2.imwrite(os.path.join(out, name + ".label.png"), cv2.cvtColor(lab, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_PNG_COMPRESSION, 9])
        images.append({"id": name, "hairCount": int(meta["hairCount"]), "terminalCount": int(meta["terminalCount"]),
                       "units": force["units"], "cut": bool(force["cut"]), "wmin": force["wmin"], **implied,
                       "hairPct": round(float(lab[..., 0].astype(np.float64).mean() / 255 * 100), 2),
                       **({"countEnds": meta["countEnds"]} if args.ends else {})})
        print(name, images[-1], flush=True)
    index = {
        "description": (
            f"{count} synthetic trichoscopy (dermatoscope close-up) images, {args.size}x{args.size}, with the true number of "
            "hair strands visible in each. hairCount: strands with at least max(2 x root shaft width, 3 px) of their "
            "length inside the image, in the field of view, off banners and not under an opaque ruler; overlapping "
            "strands each count; vellus (thin, pale) hairs included. terminalCount: the same without vellus hairs. "
            "units: follicular units drawn (1-3 strands each); wmin: root width at 512 px; fieldOfViewMm: the width the "
            "image shows if a root is 70 um across (1.3 x wmin px); plannedPerCm2: the density units were drawn for; "
            "cut: trimmed short shafts. hairPct: hair share of the "
            "label PNG (%). Labels as in models/eval/ (R=hair, G=skin, B=background x255, 16 levels)."
        ),
        "generator": (
            f"models/synth/make_count_eval.py: synth.scenes.render(seed, 'dermoscopy', size=({args.size}, {args.size}), ss=2, "
            f"force={{units, wmin, cut, split: '{args.split}'}}) with the camera model, JPEG q90; seeds {args.seed_base}+i, "
            "counts from meta hairCount / terminalCount (render_dermoscopy, count_visible_strands)"
        ),
        "images": images,
    }
    with open(os.path.join(out, "counts.json"), "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
