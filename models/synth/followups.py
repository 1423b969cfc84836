"""Follow-up pairs: the same synthetic head photographed at two visits, with more, less or the
same hair at the second one. They calibrate how far a *change* in coverage between two photos
of one patient can be trusted (export.py: changeErrorP90Pp), which is what the progress chart
judges. A single reading's error (coverageErrorP90Pp) is mostly a per-patient bias (hair and
skin colour, lighting) that two photos of the same scalp share, so it overstates the error of
a change.

Each pair keeps the scene's geometry seed (head, skin, colours, backdrop), the camera seed
(same phone and settings) and changes the hair: density by -0.15..+0.25 and shaft width with
it, as a treatment or progressing loss would. The second visit gets make_demo's natural
variation (framing, exposure, white balance). Seeds 8_500_000 + k: validation range, never
training or eval. Seeds 9_700_000 + k (HELDOUT_PAIR_SEED_BASE): a held-out set of pairs that
nothing is fitted on, for `npm run eval`'s check of the stated change error.
"""

from __future__ import annotations

import numpy as np

from .common import HAIR_COLOURS, area_down, label_fractions, pack_label, visit_variation
from .scenes import camera, render_dermoscopy, render_oblique, render_topdown

PAIR_SEED_BASE = 8_500_000
HELDOUT_PAIR_SEED_BASE = 9_700_000
KINDS = ("topdown", "oblique", "dermoscopy")


def _force(kind: str, rng: np.random.Generator, change: float) -> tuple[dict, dict]:
    """Forces for the two visits: same colours and scene, hair changed by `change`."""
    base = {"fitz": int(rng.integers(1, 7)), "hair": str(rng.choice(list(HAIR_COLOURS))), "split": "eval"}
    gain = rng.uniform(0.8, 1.2)
    if kind == "dermoscopy":
        units = int(rng.integers(4, 20))
        base.update({"units": units, "tint": "none"})
        after = max(0, int(round(units * (1 + 2 * change))))
        return ({**base, "width_gain": gain}, {**base, "units": after, "width_gain": gain * (1 + 0.5 * change)})
    lo = rng.uniform(0.0, 0.4)
    hi = min(1.0, lo + rng.uniform(0.2, 0.6))
    if kind == "oblique":
        base["view"] = str(rng.choice(["frontal", "crown"]))
    else:
        base.update({"pattern": str(rng.choice(["vertex", "part", "diffuse"])), "no_edge": True})

    def dens(d: float) -> tuple[float, float]:
        return (float(np.clip(lo + d, 0, 1)), float(np.clip(hi + d, 0.05, 1)))

    return ({**base, "density": dens(0.0), "width_gain": gain},
            {**base, "density": dens(change), "width_gain": gain * (1 + 0.5 * change)})


def render_pair(k: int, size: int = 448, ss: int = 2, seed_base: int = PAIR_SEED_BASE):
    """Returns ((rgb_a, label_a), (rgb_b, label_b), meta): uint8 RGB images and uint8 labels."""
    seed = seed_base + k
    kind = KINDS[k % len(KINDS)]
    prng = np.random.default_rng(seed)
    change = 0.0 if k % 4 == 0 else float(prng.uniform(-0.15, 0.25))  # a quarter: no change
    force_a, force_b = _force(kind, prng, change)
    render = {"topdown": render_topdown, "oblique": render_oblique, "dermoscopy": render_dermoscopy}[kind]
    visits = []
    for visit, force in enumerate((force_a, force_b)):
        rng = np.random.default_rng(seed)  # same head, skin and backdrop at both visits
        img, hair, region, _ = render(rng, size, size, ss, force)
        img = area_down(np.clip(img, 0, 1.5).astype(np.float32), size, size)
        lab = label_fractions(hair, region, size, size)
        if visit == 1:
            img, lab = visit_variation(np.random.default_rng(seed + 1), img, lab)
        rgb = camera(np.random.default_rng(seed + 2), img)  # the same phone and settings
        visits.append((rgb, pack_label(lab[..., 0], lab[..., 1], lab[..., 2])))
    return visits[0], visits[1], {"seed": seed, "kind": kind, "change": change}
