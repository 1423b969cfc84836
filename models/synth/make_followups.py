"""Writes the validation follow-up pairs (followups.py, seeds 8,500,000+) as image files, for
checks that run in the app's code path (scripts/wideShaftSweep.ts): the same scalp at two
visits, `<kind>/<k>a.jpg` and `<k>b.jpg` (JPEG q90, 448x448) with `<k>a.label.png` /
`<k>b.label.png` (R=hair, G=skin, B=background fractions x255) under the git-ignored cache.
export.py renders the same pairs in memory for the change-error calibration.

Run: /usr/bin/python3 models/synth/make_followups.py [--pairs 90 --out models/.cache/followups]
Held-out pairs for `npm run eval` (seeds 9,700,000+, never fitted on):
     /usr/bin/python3 models/synth/make_followups.py --heldout   # models/.cache/eval-pairs
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import cv2

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.followups import HELDOUT_PAIR_SEED_BASE, PAIR_SEED_BASE, render_pair  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", ".cache", "followups")
HELDOUT_OUT = os.path.join(HERE, "..", ".cache", "eval-pairs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=90)
    ap.add_argument("--out")
    ap.add_argument("--heldout", action="store_true", help="seeds 9,700,000+ into models/.cache/eval-pairs")
    args = ap.parse_args()
    out = args.out or (HELDOUT_OUT if args.heldout else DEFAULT_OUT)
    seed_base = HELDOUT_PAIR_SEED_BASE if args.heldout else PAIR_SEED_BASE
    meta = {}
    for k in range(args.pairs):
        (a, la), (b, lb), m = render_pair(k, seed_base=seed_base)
        d = os.path.join(out, m["kind"])
        os.makedirs(d, exist_ok=True)
        for tag, img, lab in (("a", a, la), ("b", b, lb)):
            name = f"{k:03d}{tag}"
            cv2.imwrite(os.path.join(d, name + ".jpg"), cv2.cvtColor(img, cv2.COLOR_RGB2BGR),
                        [cv2.IMWRITE_JPEG_QUALITY, 90])
            cv2.imwrite(os.path.join(d, name + ".label.png"), cv2.cvtColor(lab, cv2.COLOR_RGB2BGR))
        meta[f"{k:03d}"] = m
        print(f"pair {k + 1}/{args.pairs}: {m['kind']}, change {m['change']:+.3f}", flush=True)
    with open(os.path.join(out, "pairs.json"), "w") as f:
        json.dump(meta, f, indent=1)


if __name__ == "__main__":
    main()
