"""Writes tests/fixtures/seg/: three small synthetic images + soft label PNGs for the vitest IoU test.

<name>.jpg (RGB, q92) + <name>.label.png (R=hair, G=skin, B=background fractions x255).
Seeds 9_900_000+ (outside training and eval ranges).

Run: /usr/bin/python3 models/synth/make_fixtures.py
"""

from __future__ import annotations

import json
import os
import sys

import cv2

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.scenes import render  # noqa: E402

FIXTURES = [
    ("topdown-dark-hair", 9_900_001, "topdown", {"fitz": 2, "hair": "black", "density": (0.1, 0.7)}),
    ("oblique-background", 9_900_002, "oblique", {"fitz": 4, "hair": "dark-brown"}),
    ("dermoscopy", 9_900_003, "dermoscopy", {"fitz": 3, "hair": "brown"}),
]


def main() -> None:
    out = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "seg")
    os.makedirs(out, exist_ok=True)
    index = []
    for name, seed, kind, force in FIXTURES:
        im, lab, meta = render(seed, kind, (256, 256), force={**force, "split": "eval"})
        cv2.imwrite(os.path.join(out, name + ".jpg"), cv2.cvtColor(im, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 92])
        cv2.imwrite(os.path.join(out, name + ".label.png"), cv2.cvtColor(lab, cv2.COLOR_RGB2BGR))
        index.append({"name": name, "seed": seed, "kind": kind, "hairPct": round(meta["hairPct"], 2)})
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")
    print(json.dumps(index))


if __name__ == "__main__":
    main()
