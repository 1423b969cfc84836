"""Real photographs used as backdrops (labelled background) behind synthetic heads.

Synthetic backdrops alone taught the network that "anything cluttered or textured is hair"
(checked on real photos: crowds, dark coats and a rocket were called hair). Real clutter fixes
that shortcut. The photos come from Debian packages (opencv-doc sample data, scikit-image sample
data), downloaded with apt-get and unpacked into models/.cache/backdrops/ (git-ignored, nothing
is committed). Only photos without people are kept, so no human hair is ever labelled
background. Every 4th backdrop (sorted by name) is reserved for eval scenes, the rest for
training; a few more photos ("negative") are only ever used by `npm run eval`.

Run: /usr/bin/python3 models/synth/fetch_backdrops.py   (needs apt-get and network to Debian)
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", ".cache", "backdrops")

# package -> (folder inside the package, file names); no people in any of them.
SOURCES = {
    "opencv-doc": ("usr/share/doc/opencv-doc/examples/data", [
        "HappyFish.jpg", "aero1.jpg", "aero3.jpg", "aloeL.jpg", "apple.jpg", "baboon.jpg", "blox.jpg",
        "board.jpg", "box_in_scene.png", "building.jpg", "butterfly.jpg", "ela_original.jpg", "fruits.jpg",
        "graf1.png", "home.jpg", "leuvenA.jpg", "licenseplate_motion.jpg", "orange.jpg", "rubberwhale1.png",
        "smarties.png", "squirrel_cls.jpg", "starry_night.jpg", "stuff.jpg", "text_defocus.jpg", "left01.jpg",
        "left05.jpg", "left09.jpg", "right03.jpg", "right07.jpg",
    ]),
    "python3-skimage": ("usr/lib/python3/dist-packages/skimage/data", [
        "chelsea.png", "coffee.png", "rocket.jpg", "brick.png", "grass.png", "gravel.png",
        "motorcycle_left.png", "hubble_deep_field.jpg", "coins.png", "page.png",
    ]),
}


# Real photos with no hair in them, never used by the generator: `npm run eval` counts what the
# model calls hair in them (with the eval-split backdrops), the only real-data check these
# machines allow. Retinal vessels, a newspaper grid, motion-blurred lines: hard line-like content.
NEGATIVES = {
    "opencv-doc": ("usr/share/doc/opencv-doc/examples/data", ["sudoku.png"]),
    "python3-skimage": ("usr/lib/python3/dist-packages/skimage/data", [
        "retina.jpg", "microaneurysms.png", "ihc.png", "moon.png", "clock_motion.png",
    ]),
}


# Real photos of people, never used by the generator, with boxes (x0, y0, x1, y1 in the photo's
# pixels) that hold only head hair, typed in after looking at the photos: `npm run eval` counts
# how much of each box the model calls hair (recall on real hair; the no-hair photos above
# measure the opposite error).
HAIR_BOXES = {
    "opencv-doc": ("usr/share/doc/opencv-doc/examples/data", {"messi5.jpg": [212, 64, 258, 92]}),
    "python3-skimage": ("usr/lib/python3/dist-packages/skimage/data", {
        "astronaut.png": [180, 25, 285, 65], "camera.png": [170, 72, 250, 105],
    }),
}

# Boxes in the same photos that hold no hair (skin below the eyebrows, clothes, grass, sky, a
# wall, a defocused crowd), typed in by eye after drawing them on the photos: `npm run eval`
# counts how much of them the model calls hair, so the hair boxes' recall reads beside the false
# hair next to it. Eyebrows are hair in the generator's labels, so the face boxes stay below them.
NOT_HAIR_BOXES = {
    "messi5.jpg": {"face": [232, 111, 250, 121], "jersey": [215, 130, 280, 200],
                   "grass": [20, 280, 180, 335], "crowd": [320, 10, 540, 60]},
    "astronaut.png": {"face": [198, 110, 252, 138], "suit": [60, 290, 130, 420],
                      "wall": [105, 10, 145, 140]},
    "camera.png": {"face": [205, 165, 228, 185], "coat": [40, 230, 140, 330],
                   "sky": [20, 10, 150, 80], "grass": [420, 300, 510, 400]},
}

# Later additions to the training photos, kept out of the every-4th rule so that no photo moves
# between train and eval (eval scenes stay comparable across generator revisions).
EXTRA_TRAIN = {
    "python3-sklearn": ("usr/lib/python3/dist-packages/sklearn/datasets/images", ["china.jpg", "flower.jpg"]),
}


def split_of(name: str, index: int) -> str:
    return "eval" if index % 4 == 3 else "train"


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    kept, negatives, extra, hair = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for pkg in sorted(set(SOURCES) | set(NEGATIVES) | set(EXTRA_TRAIN) | set(HAIR_BOXES)):
            subprocess.run(["apt-get", "download", pkg], cwd=tmp, check=True, capture_output=True)
            deb = glob.glob(os.path.join(tmp, f"{pkg}_*.deb"))[0]
            subprocess.run(["dpkg", "-x", deb, os.path.join(tmp, pkg)], check=True)
            for sources, out in ((SOURCES, kept), (NEGATIVES, negatives), (EXTRA_TRAIN, extra), (HAIR_BOXES, hair)):
                folder, names = sources.get(pkg, ("", []))
                for name in names:
                    src = os.path.join(tmp, pkg, folder, name)
                    if os.path.exists(src):
                        shutil.copy(src, os.path.join(OUT, name))
                        out.append({"file": name, "package": os.path.basename(deb),
                                    "sha256": hashlib.sha256(open(src, "rb").read()).hexdigest()})
                        if isinstance(names, dict):
                            out[-1]["hairBox"] = names[name]
                            out[-1]["notHairBoxes"] = NOT_HAIR_BOXES.get(name, {})
    kept.sort(key=lambda k: k["file"])
    # Splits count backdrops only, so adding negatives never moves a photo between train and eval.
    for i, k in enumerate(kept):
        k["split"] = split_of(k["file"], i)
    for split, more in (("train", extra), ("negative", negatives), ("hair-box", hair)):
        for k in sorted(more, key=lambda k: k["file"]):
            k["split"] = split
            kept.append(k)
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(kept, f, indent=1)
    count = {s: sum(k["split"] == s for k in kept) for s in ("train", "eval", "negative", "hair-box")}
    print(f"{len(kept)} photos in {OUT}: {count['train']} train and {count['eval']} eval backdrops, "
          f"{count['negative']} hair-free negatives, {count['hair-box']} with a hair box")


if __name__ == "__main__":
    main()
