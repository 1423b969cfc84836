"""Real photographs used as backdrops (labelled background) behind synthetic heads.

Synthetic backdrops alone taught the network that "anything cluttered or textured is hair"
(checked on real photos: crowds, dark coats and a rocket were called hair). Real clutter fixes
that shortcut. The photos come from Debian packages (opencv-doc sample data, scikit-image sample
data), downloaded with apt-get and unpacked into models/.cache/backdrops/ (git-ignored, nothing
is committed). Only photos without people are kept, so no human hair is ever labelled
background. Every 4th file (sorted by name) is reserved for eval scenes, the rest for training.

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


def split_of(name: str, index: int) -> str:
    return "eval" if index % 4 == 3 else "train"


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    kept = []
    with tempfile.TemporaryDirectory() as tmp:
        for pkg, (folder, names) in SOURCES.items():
            subprocess.run(["apt-get", "download", pkg], cwd=tmp, check=True, capture_output=True)
            deb = glob.glob(os.path.join(tmp, f"{pkg}_*.deb"))[0]
            subprocess.run(["dpkg", "-x", deb, os.path.join(tmp, pkg)], check=True)
            for name in names:
                src = os.path.join(tmp, pkg, folder, name)
                if os.path.exists(src):
                    shutil.copy(src, os.path.join(OUT, name))
                    kept.append({"file": name, "package": os.path.basename(deb),
                                 "sha256": hashlib.sha256(open(src, "rb").read()).hexdigest()})
    kept.sort(key=lambda k: k["file"])
    for i, k in enumerate(kept):
        k["split"] = split_of(k["file"], i)
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(kept, f, indent=1)
    print(f"{len(kept)} backdrop photos in {OUT}: "
          f"{sum(k['split'] == 'train' for k in kept)} train, {sum(k['split'] == 'eval' for k in kept)} eval")


if __name__ == "__main__":
    main()
