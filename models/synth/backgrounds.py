"""Backdrops around a head: tiles, carpet, fabric, wood, walls, stripes, fittings and cables.

Several of them are deliberately hair-like (dark fibres, fur, wood grain, knitted fabric) so the
network cannot learn "thin dark lines = hair" and has to use context. All are labelled background.
"""

from __future__ import annotations

import json
import os

import cv2
import numpy as np

from .common import jitter_colour, smooth_noise
from .hair import StrandStyle, draw_strands, make_field, sample_follicles


def _rand_colour(rng: np.random.Generator) -> np.ndarray:
    palettes = [
        (0.85, 0.85, 0.82), (0.6, 0.6, 0.62), (0.25, 0.25, 0.27), (0.08, 0.08, 0.09),
        (0.55, 0.42, 0.30), (0.35, 0.22, 0.15), (0.2, 0.3, 0.5), (0.6, 0.2, 0.2),
        (0.75, 0.7, 0.6), (0.3, 0.45, 0.35), (0.9, 0.88, 0.8), (0.45, 0.35, 0.5),
    ]
    return jitter_colour(rng, palettes[rng.integers(len(palettes))], 0.1)


def tiles(rng, h, w):
    c = _rand_colour(rng)
    size = int(rng.uniform(0.08, 0.3) * max(h, w))
    img = np.ones((h, w, 3), np.float32) * c
    img *= (1 + 0.08 * smooth_noise(rng, h, w, 6))[..., None]
    grout = jitter_colour(rng, (0.5, 0.5, 0.48) if rng.uniform() < 0.5 else (0.2, 0.2, 0.2), 0.1)
    t = max(1, int(size * rng.uniform(0.02, 0.06)))
    ang = rng.uniform(-0.4, 0.4)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = xx * np.cos(ang) + yy * np.sin(ang)
    v = -xx * np.sin(ang) + yy * np.cos(ang)
    line = ((u % size) < t) | ((v % size) < t)
    img[line] = grout
    return img


def carpet(rng, h, w):
    c = _rand_colour(rng)
    n = rng.standard_normal((h, w)).astype(np.float32)
    n = cv2.GaussianBlur(n, (0, 0), rng.uniform(0.6, 1.5))
    img = np.ones((h, w, 3), np.float32) * c
    img *= (1 + 0.25 * n / (n.std() + 1e-6) * 0.5 + 0.1 * smooth_noise(rng, h, w, 5))[..., None]
    return img


def fabric(rng, h, w):
    c = _rand_colour(rng) * rng.uniform(0.3, 1.0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    p = rng.uniform(2.0, 8.0)
    ang = rng.uniform(0, np.pi)
    u = xx * np.cos(ang) + yy * np.sin(ang)
    v = -xx * np.sin(ang) + yy * np.cos(ang)
    weave = 0.5 + 0.25 * np.sin(u / p * 2 * np.pi) * np.sin(v / p * 2 * np.pi)
    folds = smooth_noise(rng, h, w, 3)
    img = np.ones((h, w, 3), np.float32) * c
    img *= (0.8 + 0.3 * weave + 0.35 * folds)[..., None]
    return img


def wood(rng, h, w):
    c = jitter_colour(rng, (0.55, 0.38, 0.22), 0.15)
    g = smooth_noise(rng, h // 8 + 1, 8, 4)
    g = cv2.resize(g, (w * 4, h), interpolation=cv2.INTER_CUBIC)[:, :w]
    rings = 0.5 + 0.5 * np.sin(g * 40)
    img = np.ones((h, w, 3), np.float32) * c * (0.75 + 0.35 * rings)[..., None]
    if rng.uniform() < 0.5:
        img = np.ascontiguousarray(np.transpose(img, (1, 0, 2)))
        img = cv2.resize(img, (w, h))
    return img


def wall(rng, h, w):
    c = _rand_colour(rng)
    grad = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.7, 1.1), h, dtype=np.float32)[:, None]
    img = np.ones((h, w, 3), np.float32) * c * grad[..., None]
    img *= (1 + 0.04 * smooth_noise(rng, h, w, 4))[..., None]
    return img


def stripes(rng, h, w):
    """Blinds, a flag, a striped shirt, a radiator: parallel bands, wide or hair-thin."""
    c1, c2 = _rand_colour(rng), _rand_colour(rng)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = rng.uniform(0.008, 0.12) * max(h, w)
    ang = rng.uniform(0, np.pi)
    # Cloth waves and blinds sag: the bands bend a little.
    u = xx * np.cos(ang) + yy * np.sin(ang) + smooth_noise(rng, h, w, 2) * rng.uniform(0, 1.5) * period
    t = (u % period) / period
    duty = rng.uniform(0.08, 0.6)
    edge = 1.0 / period  # one pixel of anti-aliasing
    band = np.clip((duty - t) / edge, 0, 1) * np.clip(t / edge, 0, 1)
    img = c1 * (1 - band[..., None]) + c2 * band[..., None]
    img *= (1 + 0.15 * smooth_noise(rng, h, w, 3))[..., None]
    return img.astype(np.float32)


def add_cables(rng, img):
    """Cables, tripod legs, antennas, picture-frame edges: long thin lines that are not hair."""
    h, w = img.shape[:2]
    for _ in range(int(rng.integers(1, 6))):
        p0 = rng.uniform(0, 1, 2) * [w, h]
        p1 = p0 + rng.normal(0, 0.6, 2) * [w, h]
        sag = rng.uniform(-0.15, 0.15) * max(h, w)
        t = np.linspace(0, 1, 24)[:, None]
        pts = p0 + (p1 - p0) * t + np.array([0.0, 1.0]) * sag * 4 * t * (1 - t)
        col = jitter_colour(rng, (0.05, 0.05, 0.05) if rng.uniform() < 0.6 else (0.8, 0.8, 0.78), 0.15)
        cv2.polylines(img, [pts.astype(np.int32)], False, tuple(float(v) for v in col),
                      max(1, int(rng.uniform(1, 6) * max(h, w) / 768)), cv2.LINE_AA)


def add_fittings(rng, img):
    """Chrome/ceramic bathroom fittings: rounded bars with specular stripes."""
    h, w = img.shape[:2]
    for _ in range(rng.integers(1, 3)):
        x0, y0 = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        x1, y1 = x0 + int(rng.uniform(-0.5, 0.5) * w), y0 + int(rng.uniform(-0.5, 0.5) * h)
        t = int(rng.uniform(0.02, 0.08) * max(h, w))
        col = jitter_colour(rng, (0.75, 0.76, 0.78), 0.1)
        cv2.line(img, (x0, y0), (x1, y1), tuple(float(v) for v in col * 0.7), t, cv2.LINE_AA)
        cv2.line(img, (x0, y0), (x1, y1), tuple(float(v) for v in np.minimum(col * 1.3, 1)), max(1, t // 5), cv2.LINE_AA)


def add_fibres(rng, img, amount: float):
    """Hair-like distractors on the background: fibres, fur, pet hair, threads. NOT labelled hair."""
    h, w = img.shape[:2]
    u8 = np.clip(img * 255, 0, 255).astype(np.uint8)
    dummy = np.zeros((h, w), np.uint8)
    dark = rng.uniform() < 0.6
    col = jitter_colour(rng, (0.08, 0.07, 0.06) if dark else (0.85, 0.8, 0.7), 0.2)
    style = StrandStyle(
        colour=col, colour_var=0.3, width_px=(1.0, 4.0), vellus_frac=0.3,
        length_px=(8, max(10, 0.25 * max(h, w))), curl=rng.uniform(0.05, 0.6),
        clump=rng.uniform(0, 0.8), highlight=0.2,
    )
    field = make_field(rng, rng.choice(["combed", "whorl"]), w, h, wobble=1.5)
    dens = np.clip(0.5 + smooth_noise(rng, 16, 16, 3), 0, 1) * amount
    fol = sample_follicles(rng, dens, int(rng.uniform(50, 1500) * amount) + 1)
    draw_strands(rng, u8, dummy, fol, field, style)
    img[:] = u8.astype(np.float32) / 255.0


def clutter(rng, h, w):
    """A busy room or crowd: many overlapping shapes, edges and colours, partly out of focus."""
    img = wall(rng, h, w)
    for _ in range(int(rng.uniform(15, 80))):
        col = tuple(float(v) for v in _rand_colour(rng) * rng.uniform(0.3, 1.2))
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        r = int(rng.uniform(0.02, 0.25) * max(h, w))
        kind = rng.integers(3)
        if kind == 0:
            cv2.rectangle(img, (x, y), (x + r, y + int(r * rng.uniform(0.3, 3))), col, -1, cv2.LINE_AA)
        elif kind == 1:
            cv2.ellipse(img, (x, y), (r, int(r * rng.uniform(0.3, 1.5))), rng.uniform(0, 180), 0, 360, col, -1, cv2.LINE_AA)
        else:
            cv2.line(img, (x, y), (x + int(rng.normal(0, r * 2)), y + int(rng.normal(0, r * 2))), col,
                     max(1, int(rng.uniform(1, 0.1 * r + 2))), cv2.LINE_AA)
    if rng.uniform() < 0.6:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 4) * max(h, w) / 512)
    return img


PHOTO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".cache", "backdrops")
_photos: dict[str, list[np.ndarray]] = {}


def photo_list(split: str) -> list[np.ndarray]:
    """Real backdrop photos of one split (see fetch_backdrops.py); [] when not fetched."""
    if split not in _photos:
        index = os.path.join(PHOTO_DIR, "index.json")
        items = []
        if os.path.exists(index):
            with open(index) as f:
                items = json.load(f)
        _photos[split] = []
        for item in items:
            if item["split"] == split:
                bgr = cv2.imread(os.path.join(PHOTO_DIR, item["file"]), cv2.IMREAD_COLOR)
                if bgr is not None:
                    _photos[split].append(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB).astype(np.float32) / 255.0)
    return _photos[split]


def photo(rng, h, w, split: str):
    """A random crop of a real photo (scaled, flipped, colour-shifted, maybe defocused)."""
    photos = photo_list(split)
    if not photos:
        return clutter(rng, h, w)
    src = photos[int(rng.integers(len(photos)))]
    sh, sw = src.shape[:2]
    frac = rng.uniform(0.3, 1.0)
    ch, cw = max(8, int(sh * frac)), max(8, int(sw * frac))
    y0, x0 = int(rng.integers(0, sh - ch + 1)), int(rng.integers(0, sw - cw + 1))
    img = cv2.resize(src[y0:y0 + ch, x0:x0 + cw], (w, h), interpolation=cv2.INTER_LINEAR)
    if rng.uniform() < 0.5:
        img = img[:, ::-1]
    img = np.ascontiguousarray(img) * rng.uniform(0.7, 1.2, 3).astype(np.float32)
    if rng.uniform() < 0.5:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 5) * max(h, w) / 512)
    return img


BACKDROPS = [tiles, carpet, fabric, wood, wall, clutter, stripes]


def backdrop(rng: np.random.Generator, h: int, w: int, split: str = "train") -> np.ndarray:
    """`split` picks which real photos may appear: "train" for training seeds, "eval" otherwise."""
    if rng.uniform() < 0.35:
        img = photo(rng, h, w, split)
    else:
        img = BACKDROPS[rng.integers(len(BACKDROPS))](rng, h, w)
    if rng.uniform() < 0.25:
        add_fittings(rng, img)
    if rng.uniform() < 0.25:
        add_cables(rng, img)
    if rng.uniform() < 0.5:
        add_fibres(rng, img, rng.uniform(0.2, 1.0))
    return np.clip(img, 0, 1).astype(np.float32)
