"""Clothes below an oblique head shot: shoulders, a neckline and a fabric (labelled background).

Checked on real photographs: a black coat next to a face was called hair (hairseg-0.2.2 on
scikit-image's "camera" photo), and so were flag stripes and a zip. Real garments are large,
dark, softly folded and carry fine periodic or line-like texture (rib knit, twill, pinstripes,
seams, zips, lapels): exactly what must not read as hair. The shape covers the neck from the
neckline down, as clothes do, instead of a skin strip running through them.
"""

from __future__ import annotations

import cv2
import numpy as np

from .common import jitter_colour, smooth_noise

DARK_FABRICS = [(0.04, 0.04, 0.045), (0.07, 0.08, 0.13), (0.12, 0.12, 0.13), (0.16, 0.11, 0.08),
                (0.09, 0.11, 0.09), (0.2, 0.2, 0.22)]


def garment_mask(rng: np.random.Generator, h: int, w: int, cx: float, cy: float, a: float, b: float,
                 head: np.ndarray) -> np.ndarray:
    """Soft mask of a torso below the chin: rounded shoulders down to the frame edge, a crew, V,
    shirt-collar or turtle neckline. The head stays in front of it."""
    g = np.zeros((h, w), np.float32)
    top = cy + b * rng.uniform(0.95, 1.3)  # where the shoulders meet the neck
    half = a * rng.uniform(1.5, 2.8)
    drop = half * rng.uniform(0.25, 0.5)  # shoulder slope
    cv2.ellipse(g, (int(cx), int(top + drop)), (int(half), int(drop)), 0, 180, 360, 1.0, -1, cv2.LINE_AA)
    cv2.rectangle(g, (int(cx - half), int(top + drop)), (int(cx + half), h), 1.0, -1)
    neck_half = a * rng.uniform(0.35, 0.5)
    kind = rng.choice(["crew", "v", "collar", "turtle"])
    if kind == "crew":
        cv2.ellipse(g, (int(cx), int(top)), (int(neck_half), int(b * rng.uniform(0.12, 0.3))), 0, 0, 360, 0.0, -1,
                    cv2.LINE_AA)
    elif kind in ("v", "collar"):
        depth = b * rng.uniform(0.3, 0.9)
        tri = np.array([[cx - neck_half, top - 2], [cx + neck_half, top - 2], [cx, top + depth]], np.int32)
        cv2.fillPoly(g, [tri], 0.0, cv2.LINE_AA)
    else:
        # A turtle neck or a scarf: fabric up the neck to just under the chin.
        cv2.rectangle(g, (int(cx - neck_half * 1.1), int(cy + b * 0.8)), (int(cx + neck_half * 1.1), int(top + drop)),
                      1.0, -1)
    return g * (1.0 - np.clip(head, 0, 1))


def _pattern(rng: np.random.Generator, h: int, w: int, ss: float) -> np.ndarray:
    """Fine fabric texture in ~[-1, 1]: rib knit, twill, pinstripes, checks, wool or nothing."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    kind = rng.choice(["plain", "rib", "twill", "pinstripe", "check", "wool"], p=[0.3, 0.15, 0.15, 0.15, 0.1, 0.15])
    ang = rng.uniform(-0.3, 0.3) + (np.pi / 2 if rng.uniform() < 0.7 else 0.0)
    warp = smooth_noise(rng, h, w, 3) * rng.uniform(2, 12) * ss  # fabric does not lie flat
    u = xx * np.cos(ang) + yy * np.sin(ang) + warp
    v = -xx * np.sin(ang) + yy * np.cos(ang)
    if kind == "rib":
        return np.sin(u / (rng.uniform(1.5, 5) * ss) * 2 * np.pi).astype(np.float32)
    if kind == "twill":
        return np.sin((u + v) / (rng.uniform(1.0, 3) * ss) * 2 * np.pi).astype(np.float32) * 0.7
    if kind == "pinstripe":
        period = rng.uniform(6, 30) * ss
        line = np.abs(((u % period) / period) - 0.5) * period  # distance to the stripe centre
        return np.clip(1.0 - line / (rng.uniform(0.4, 1.5) * ss), 0, 1).astype(np.float32) * 2 - 1
    if kind == "check":
        period = rng.uniform(10, 60) * ss
        return (np.sign(np.sin(u / period * 2 * np.pi)) * np.sign(np.sin(v / period * 2 * np.pi))).astype(np.float32)
    if kind == "wool":
        n = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), rng.uniform(0.6, 1.5) * ss)
        return n / (n.std() + 1e-6) * 0.5
    return np.zeros((h, w), np.float32)


def _details(rng: np.random.Generator, h: int, w: int, cx: float, top: float, a: float, ss: float) -> np.ndarray:
    """Seams, lapel edges, a zip, buttons and drawstrings in ~[-1, 1]: thin lines that are not hair."""
    d = np.zeros((h, w), np.float32)
    for _ in range(int(rng.integers(0, 4))):
        # Lapel edges and seams: long gentle curves from the neckline downwards.
        x0 = cx + rng.uniform(-0.6, 0.6) * a
        x1 = x0 + rng.uniform(-0.8, 0.8) * a
        pts = np.stack([np.linspace(x0, x1, 12) + np.sin(np.linspace(0, np.pi, 12)) * rng.uniform(-0.2, 0.2) * a,
                        np.linspace(top, h, 12)], 1).astype(np.int32)
        cv2.polylines(d, [pts], False, float(rng.choice([-1.0, 1.0])), max(1, int(rng.uniform(0.5, 2) * ss)),
                      cv2.LINE_AA)
    if rng.uniform() < 0.3:
        # A zip: a straight line with teeth (periodic ticks).
        x = int(cx + rng.uniform(-0.1, 0.1) * a)
        cv2.line(d, (x, int(top)), (x, h), 0.8, max(1, int(1.5 * ss)), cv2.LINE_AA)
        step = max(2, int(rng.uniform(2, 5) * ss))
        for y in range(int(top), h, step):
            cv2.line(d, (x - int(2 * ss), y), (x + int(2 * ss), y), 0.6, max(1, int(0.7 * ss)), cv2.LINE_AA)
    if rng.uniform() < 0.3:
        for k in range(int(rng.integers(2, 6))):
            y = int(top + (k + 1) * rng.uniform(0.1, 0.25) * a)
            cv2.circle(d, (int(cx), y), max(2, int(rng.uniform(3, 7) * ss)), float(rng.choice([-1.0, 1.0])), -1,
                       cv2.LINE_AA)
    if rng.uniform() < 0.15:
        # Hoodie drawstrings: two cords hanging from the neckline.
        for s in (-1, 1):
            x0 = cx + s * a * rng.uniform(0.15, 0.35)
            pts = np.stack([x0 + np.cumsum(rng.normal(0, 1.5 * ss, 10)), np.linspace(top, top + rng.uniform(0.5, 1.2) * a, 10)],
                           1).astype(np.int32)
            cv2.polylines(d, [pts], False, 0.9, max(2, int(rng.uniform(2, 4) * ss)), cv2.LINE_AA)
    return d


def garment(rng: np.random.Generator, h: int, w: int, cx: float, cy: float, a: float, b: float, ss: float,
            base: np.ndarray) -> np.ndarray:
    """Fabric image (h, w, 3): half of them dark (black coat, navy jumper), the rest coloured or
    printed (`base`, e.g. a backdrop crop), with hanging folds, creases and fine texture."""
    if rng.uniform() < 0.5:
        cl = np.ones((h, w, 3), np.float32) * jitter_colour(rng, DARK_FABRICS[rng.integers(len(DARK_FABRICS))], 0.3)
    elif rng.uniform() < 0.5:
        cl = base
    else:
        cl = np.ones((h, w, 3), np.float32) * jitter_colour(rng, rng.uniform(0.1, 0.9, 3), 0.1)
    # Folds hang down: noise stretched vertically; creases are soft dark and light ridges.
    folds = cv2.resize(smooth_noise(rng, h // 4 + 1, w, rng.uniform(4, 12)), (w, h), interpolation=cv2.INTER_CUBIC)
    folds += 0.5 * smooth_noise(rng, h, w, rng.uniform(2, 5))
    shade = 1 + rng.uniform(0.2, 0.6) * folds
    if rng.uniform() < 0.25:
        # Leather, satin or a rain jacket: glossy, with sharp highlights along the folds.
        shade += rng.uniform(0.5, 2.0) * np.clip(folds - 0.3, 0, 1) ** 2
    texture = _pattern(rng, h, w, ss) * rng.uniform(0.05, 0.35)
    top = cy + b * 1.1
    texture += _details(rng, h, w, cx, top, a, ss) * rng.uniform(0.15, 0.5)
    return np.clip(cl * (shade * (1 + texture))[..., None] + 0.02 * np.clip(texture, 0, 1)[..., None], 0, 1)
