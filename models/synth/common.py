"""Shared helpers for the synthetic scalp generator: noise fields, palettes, label packing.

Everything here is deterministic given a numpy Generator; no global random state is used.
"""

from __future__ import annotations

import cv2
import numpy as np

# Fitzpatrick I-VI approximate skin reflectance (sRGB, 0-1). Scalp is a little pinker than face.
SKIN_TONES = {
    1: (0.96, 0.84, 0.76),
    2: (0.92, 0.76, 0.65),
    3: (0.84, 0.66, 0.52),
    4: (0.71, 0.52, 0.38),
    5: (0.50, 0.34, 0.24),
    6: (0.30, 0.20, 0.15),
}

# Hair shaft colours (sRGB 0-1). White and blond on pale skin are the low-contrast cases.
HAIR_COLOURS = {
    "black": (0.07, 0.06, 0.055),
    "dark-brown": (0.20, 0.14, 0.10),
    "brown": (0.36, 0.25, 0.17),
    "light-brown": (0.55, 0.42, 0.30),
    "blond": (0.80, 0.68, 0.47),
    "red": (0.56, 0.28, 0.14),
    "gray": (0.58, 0.57, 0.55),
    "white": (0.90, 0.89, 0.86),
}


def smooth_noise(rng: np.random.Generator, h: int, w: int, cells: float, octaves: int = 3) -> np.ndarray:
    """Band-limited noise in roughly [-1, 1], float32 (h, w). `cells` = features across the long side."""
    out = np.zeros((h, w), np.float32)
    amp, total = 1.0, 0.0
    c = max(1.0, cells)
    for _ in range(octaves):
        gh = max(2, int(round(c * h / max(h, w))) + 2)
        gw = max(2, int(round(c * w / max(h, w))) + 2)
        g = rng.standard_normal((gh, gw)).astype(np.float32)
        out += amp * cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
        total += amp
        amp *= 0.5
        c *= 2.0
    return out / (total * 1.2)


def jitter_colour(rng: np.random.Generator, rgb, amount: float = 0.06) -> np.ndarray:
    c = np.asarray(rgb, np.float32)
    c = c * (1.0 + rng.uniform(-amount, amount)) + rng.uniform(-amount, amount, 3) * 0.5
    return np.clip(c, 0.0, 1.0).astype(np.float32)


def pack_label(hair: np.ndarray, skin: np.ndarray, bg: np.ndarray) -> np.ndarray:
    """Soft fractions (H,W) each -> RGB uint8 label (R=hair, G=skin, B=background), sum ~255."""
    stack = np.stack([hair, skin, bg], -1).astype(np.float32)
    stack /= np.maximum(stack.sum(-1, keepdims=True), 1e-6)
    return np.clip(np.round(stack * 255.0), 0, 255).astype(np.uint8)


def to_uint8(img: np.ndarray) -> np.ndarray:
    return np.clip(img * 255.0 + 0.5, 0, 255).astype(np.uint8)


def area_down(img: np.ndarray, w: int, h: int) -> np.ndarray:
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)


def label_fractions(hair: np.ndarray, region: np.ndarray, w: int, h: int) -> np.ndarray:
    """Render-scale hair fraction and skin region -> (h, w, 3) float fractions at output size:
    hair, skin (region not covered by hair), background (the rest)."""
    return np.stack([area_down(hair, w, h), area_down((1 - hair) * region, w, h),
                     area_down((1 - hair) * (1 - region), w, h)], -1)


def visit_variation(rng: np.random.Generator, img: np.ndarray, label: np.ndarray):
    """Small natural differences between visits: framing, exposure, white balance, sensor noise."""
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2 + rng.normal(0, 6), h / 2 + rng.normal(0, 6)), rng.normal(0, 1.0), 1 + rng.normal(0, 0.01))
    M[:, 2] += rng.normal(0, 8, 2)
    img = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    label = cv2.warpAffine(label, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    img = img * rng.uniform(0.92, 1.08) * rng.uniform(0.97, 1.03, 3).astype(np.float32)
    # Phone optics are soft; mild blur + light noise (also keeps the JPEGs small).
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img = img + rng.normal(0, 0.003, img.shape).astype(np.float32)
    return np.clip(img, 0, 1), label
