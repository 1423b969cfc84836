"""Writes the demo course: public/demo/manifest.json + JPEGs (see docs/CONTRACTS.md).

One male-pattern patient, a mesotherapy course of 8 sessions. Every view is the same synthetic
head (fixed geometry seed) at every session; only hair density / shaft width grow, plus small
natural variation between visits (shift, rotation, exposure, white balance).

trueCoveragePct = 100 * sum(hair fraction) / sum(hair + skin fraction) over the whole photo,
from the exact supersampled labels (background pixels do not count).

Run: /usr/bin/python3 models/synth/make_demo.py [--out public/demo]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import cv2
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.common import area_down, label_fractions, to_uint8, visit_variation  # noqa: E402
from synth.scenes import render_dermoscopy, render_oblique, render_topdown  # noqa: E402

DAY_OFFSETS = [0, 7, 14, 21, 35, 49, 63, 93]
SIZE = (960, 720)
SS = 2
# Progress over the course: slow first month, visible change by ~3 months (DOMAIN.md).
PROGRESS = [0.0, 0.03, 0.07, 0.12, 0.3, 0.5, 0.7, 1.0]

VIEWS = {
    # view: (renderer, geometry seed, force(progress) -> dict)
    "vertex": (
        render_topdown,
        9101,
        lambda p: {
            "fitz": 2, "hair": "dark-brown", "pattern": "vertex", "no_edge": True, "no_stubble": True,
            "density": (0.03 + 0.10 * p, 0.8),
            "pattern_kw": {"cx": 0.52, "cy": 0.5, "r0": 0.42 - 0.06 * p, "patchy": 0.1},
            "width_gain": 0.85 + 0.2 * p,
        },
    ),
    "mid-scalp": (
        render_topdown,
        9202,
        lambda p: {
            "fitz": 2, "hair": "dark-brown", "pattern": "part", "no_edge": True, "no_stubble": True,
            "density": (0.1 + 0.15 * p, 0.8),
            "pattern_kw": {"cx": 0.5, "angle": np.pi / 2 + 0.05, "width": 0.22 - 0.08 * p, "patchy": 0.1},
            "width_gain": 0.85 + 0.2 * p,
        },
    ),
    "frontal": (
        render_oblique,
        9303,
        lambda p: {"fitz": 2, "hair": "dark-brown", "view": "frontal", "head": (0.5, 1.05, 0.7), "density": (0.25 + 0.25 * p, 0.85 + 0.1 * p),
                   "width_gain": 0.85 + 0.2 * p},
    ),
    "trichoscopy": (
        render_dermoscopy,
        9404,
        lambda p: {"fitz": 2, "hair": "dark-brown", "units": 16, "cut": False, "width_gain": 0.6 + 0.3 * p,
                   "tint": "none", "lesion": False},
    ),
}


def render_view(view: str, session_idx: int):
    fn, geo_seed, force_of = VIEWS[view]
    p = PROGRESS[session_idx]
    rng = np.random.default_rng(geo_seed)
    # split "none": synthetic backdrops only, so the demo never depends on the fetched photos.
    img, hair, region, meta = fn(rng, SIZE[0], SIZE[1], SS, {**force_of(p), "split": "none"})
    W, H = SIZE
    img_o = area_down(np.clip(img, 0, 1.2).astype(np.float32), W, H)
    lab = label_fractions(hair, region, W, H)
    vrng = np.random.default_rng(1000 * geo_seed + session_idx)
    img_o, lab = visit_variation(vrng, img_o, lab)
    cov = 100.0 * lab[..., 0].sum() / max(1e-6, (lab[..., 0] + lab[..., 1]).sum())
    return to_uint8(img_o), float(cov), meta


# A terminal root is about 70 µm across (as models/synth/make_count_eval.py assumes); the mean
# root width drawn is 1.3 x the narrowest (StrandStyle width_px).
HAIR_UM = 70.0


def trichoscopy_field_of_view_mm() -> float:
    """The demo scope's field-of-view width: the same for every session (one scope), set from the
    first session's root width, so the thicker hair of later sessions reads as thicker."""
    _, _, meta = render_view("trichoscopy", 0)
    return round(SIZE[0] * HAIR_UM / 1000 / (1.3 * meta["rootWidthPx"]), 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "public", "demo"))
    ap.add_argument("--quality", type=int, default=85)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    sessions = []
    fov_mm = trichoscopy_field_of_view_mm()
    for i, day in enumerate(DAY_OFFSETS):
        photos = []
        for view in ("vertex", "frontal", "mid-scalp", "trichoscopy"):
            img, cov, _ = render_view(view, i)
            name = f"s{i + 1:02d}-{view}.jpg"
            q = args.quality
            while True:
                ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
                if len(buf) <= 120_000 or q <= 50:
                    break
                q -= 5
            with open(os.path.join(out, name), "wb") as f:
                f.write(buf.tobytes())
            photo = {"view": view, "file": name, "trueCoveragePct": round(cov, 1)}
            if view == "trichoscopy":
                photo["fieldOfViewMm"] = fov_mm
            photos.append(photo)
            print(f"session {i + 1} day {day} {view}: coverage {cov:.1f}% {len(buf) // 1024} KB q{q}", flush=True)
        sessions.append({"number": i + 1, "dayOffset": day, "photos": photos})
    manifest = {
        "patient": {
            "code": "DEMO-001",
            "sex": "male",
            "birthYear": 1986,
            "hairLossType": "male-pattern",
            "intake": {
                "contraindications": [],
                "notes": "Synthetic demo patient. Androgenetic alopecia, Norwood III vertex: thinning crown, "
                "mild temple recession. Scalp healthy, no lesions. Allergy test negative.",
                "consentDate": None,
            },
        },
        "course": {
            "treatment": "mesotherapy",
            "title": "Hair mesotherapy (demo)",
            "plannedSessions": len(DAY_OFFSETS),
            "notes": "Weekly in month one, about every 15 days in months two and three, then monthly.",
        },
        "sessions": sessions,
        "synthetic": True,
        "coverageDefinition": "100 * hair / (hair + skin) over the whole photo, from exact supersampled labels",
        "generator": "models/synth/make_demo.py",
    }
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
