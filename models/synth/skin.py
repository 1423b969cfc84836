"""Skin rendering: tone (Fitzpatrick I-VI), redness, freckles, pores, follicle openings, sebum."""

from __future__ import annotations

import cv2
import numpy as np

from .common import SKIN_TONES, jitter_colour, smooth_noise


def skin_layer(
    rng: np.random.Generator,
    h: int,
    w: int,
    ss: float,
    fitz: int,
    follicles01: np.ndarray | None = None,
    pore_px: float = 0.6,
    scalp: bool = True,
) -> np.ndarray:
    """Float32 RGB (h,w,3) skin at render scale. `ss` = render px per output px."""
    tone = jitter_colour(rng, SKIN_TONES[fitz], 0.05)
    if scalp:
        tone = np.clip(tone * np.array([1.02, 0.97, 0.97], np.float32), 0, 1)
    img = np.ones((h, w, 3), np.float32) * tone
    img *= (1 + 0.07 * smooth_noise(rng, h, w, 4))[..., None]
    # Redness / erythema patches (stronger on pale skin).
    red = np.clip(smooth_noise(rng, h, w, 5) * 1.5 + rng.uniform(-0.6, 0.2), 0, 1)
    red_amt = rng.uniform(0.0, 0.25) * (1.0 if fitz <= 3 else 0.4)
    img[..., 1] -= red * red_amt * 0.5 * img[..., 1]
    img[..., 2] -= red * red_amt * 0.4 * img[..., 2]
    # Smooth skin is common in real photos (faces, a young scalp, skin-smoothing phone filters):
    # little fine texture, broad soft shading instead. Without it "smooth = hair" was learned.
    smooth = rng.uniform() < 0.4
    if smooth:
        img *= (1 + rng.uniform(0.05, 0.15) * smooth_noise(rng, h, w, 1.5, 2))[..., None]
    # Fine texture (pores, micro-relief).
    fine = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.7 * ss)
    img *= (1 + (0.012 if smooth else 0.05) * fine / (fine.std() + 1e-6))[..., None]
    dots = np.zeros((h, w), np.float32)
    n_pores = int(h * w / (ss * ss) * rng.uniform(0.002, 0.01) * (0.3 if smooth else 1.0))
    px = rng.integers(0, w, n_pores)
    py = rng.integers(0, h, n_pores)
    dots[py, px] = 1.0
    dots = cv2.GaussianBlur(dots, (0, 0), pore_px * ss)
    dots /= dots.max() + 1e-6
    img *= (1 - 0.25 * dots)[..., None]
    # Freckles / lentigines on fair skin.
    if fitz <= 3 and rng.uniform() < 0.4:
        fr = np.zeros((h, w), np.float32)
        for _ in range(int(rng.uniform(5, 60))):
            cv2.circle(fr, (int(rng.uniform(0, w)), int(rng.uniform(0, h))), max(1, int(rng.uniform(1, 4) * ss)), 1.0, -1)
        fr = cv2.GaussianBlur(fr, (0, 0), 1.0 * ss)
        img *= (1 - 0.25 * fr[..., None] * np.array([0.6, 0.9, 1.0], np.float32))
    # Follicle openings: small darker/greyish dots where hairs emerge (also where they are lost).
    if follicles01 is not None and len(follicles01):
        fo = np.zeros((h, w), np.float32)
        fx = np.clip((follicles01[:, 0] * w).astype(int), 0, w - 1)
        fy = np.clip((follicles01[:, 1] * h).astype(int), 0, h - 1)
        fo[fy, fx] = 1.0
        fo = cv2.GaussianBlur(fo, (0, 0), rng.uniform(0.5, 1.0) * ss)
        fo /= fo.max() + 1e-6
        img *= (1 - rng.uniform(0.1, 0.35) * fo)[..., None]
    return np.clip(img, 0, 1)


def sebum_shine(rng: np.random.Generator, h: int, w: int, strength: float) -> np.ndarray:
    """Additive specular sheen map (h,w) in [0,1]; clipped highlights appear with strength ~1."""
    n = smooth_noise(rng, h, w, rng.uniform(1.5, 4))
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    blob = np.exp(-((r / rng.uniform(0.08, 0.3)) ** 2))
    return np.clip(strength * (blob * (0.6 + n) + 0.3 * np.clip(n, 0, 1)), 0, 1.5)
