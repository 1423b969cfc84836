"""Hair strands: follicle sampling, orientation fields, and drawing tapered curved strands.

Strands are drawn at the supersampled render scale straight into the colour image (uint8, anti-
aliased, so they blend with the skin beneath) and, with the same geometry, into a coverage mask.
The mask is the ground truth: a pixel is hair exactly where a strand was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .common import smooth_noise


@dataclass
class OrientationField:
    """Hair direction (radians, image coordinates, y down) as a function of position."""

    kind: str  # "whorl" | "part" | "combed" | "radial-back"
    cx: float
    cy: float
    angle: float  # base direction (combed) or part-line direction (part)
    twist: float  # spiral twist for whorls
    noise: np.ndarray  # low-frequency angle perturbation grid (radians), sampled by position
    w: int
    h: int

    def __call__(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        gh, gw = self.noise.shape
        ix = np.clip((x / self.w * gw).astype(np.int32), 0, gw - 1)
        iy = np.clip((y / self.h * gh).astype(np.int32), 0, gh - 1)
        n = self.noise[iy, ix]
        if self.kind == "whorl" or self.kind == "radial-back":
            base = np.arctan2(y - self.cy, x - self.cx) + self.twist
        elif self.kind == "part":
            # Distance sign from the part line decides which side the hair falls to.
            dx, dy = np.cos(self.angle), np.sin(self.angle)
            side = np.sign((x - self.cx) * dy - (y - self.cy) * dx + 1e-6)
            base = np.where(side > 0, self.angle - np.pi / 2 + 0.35, self.angle + np.pi / 2 - 0.35)
        else:
            base = np.full_like(x, self.angle, dtype=np.float64)
        return base + n


def make_field(rng: np.random.Generator, kind: str, w: int, h: int, **kw) -> OrientationField:
    noise = smooth_noise(rng, 24, 24, 3, 2) * kw.pop("wobble", 0.6)
    return OrientationField(
        kind=kind,
        cx=kw.get("cx", w * rng.uniform(0.2, 0.8)),
        cy=kw.get("cy", h * rng.uniform(0.2, 0.8)),
        angle=kw.get("angle", rng.uniform(-np.pi, np.pi)),
        twist=kw.get("twist", rng.choice([-1, 1]) * rng.uniform(0.2, 1.1)),
        noise=noise,
        w=w,
        h=h,
    )


def sample_follicles(
    rng: np.random.Generator, density: np.ndarray, max_count: int, region: np.ndarray | None = None
) -> np.ndarray:
    """Follicle positions (N,2) at render scale. density (h,w) in [0,1] at any resolution."""
    dh, dw = density.shape
    pts = rng.uniform(0, 1, (max_count, 2))
    ix = np.minimum((pts[:, 0] * dw).astype(np.int32), dw - 1)
    iy = np.minimum((pts[:, 1] * dh).astype(np.int32), dh - 1)
    keep = rng.uniform(0, 1, max_count) < density[iy, ix]
    if region is not None:
        keep &= region[iy, ix] > 0.5
    return pts[keep]


@dataclass
class StrandStyle:
    colour: np.ndarray  # base RGB 0-1
    colour_var: float  # per-strand brightness variation
    width_px: tuple  # (min, max) root width at render scale, terminal hairs
    vellus_frac: float  # share of thin pale miniaturised hairs
    length_px: tuple  # (min, max)
    curl: float  # random-walk angle step (radians per segment)
    clump: float  # 0..1, wet/oily clumping pulls strands together
    highlight: float  # specular sheen strength
    taper: bool = True
    grey_frac: float = 0.0  # share of white/grey hairs mixed in
    cylinder: bool = False  # dermoscopy scale: draw a lighter core and a specular line
    core_gain: float = 1.25  # how much lighter the core is (1 = flat, pigment-dense shaft)
    spec_line: bool = True  # specular line along the shaft (non-polarised light)
    sheen_angle: float | None = None  # light direction: strands across it catch a highlight


def draw_strands(
    rng: np.random.Generator,
    img: np.ndarray,
    mask: np.ndarray,
    follicles01: np.ndarray,
    field: OrientationField,
    style: StrandStyle,
    light: np.ndarray | None = None,
    nseg: int = 8,
    length_scale: np.ndarray | None = None,
    width_scale: np.ndarray | None = None,
    keep: np.ndarray | None = None,
    clip: np.ndarray | None = None,
    out_strands: list | None = None,
) -> None:
    """Draw strands in place. img uint8 (H,W,3) RGB at render scale, mask uint8 (H,W).

    out_strands: if given, one dict per strand actually drawn (those `keep` allows) is appended:
    {"pts": (nseg+1, 2) float polyline at render scale, "width": root width px at render scale,
    "vellus": bool}. Reporting draws no random numbers and changes nothing drawn.
    """
    h, w = mask.shape
    n = len(follicles01)
    if n == 0:
        return
    x = follicles01[:, 0] * w
    y = follicles01[:, 1] * h
    vellus = rng.uniform(0, 1, n) < style.vellus_frac
    width = rng.uniform(style.width_px[0], style.width_px[1], n)
    width = np.where(vellus, width * rng.uniform(0.25, 0.45, n), width)
    if width_scale is not None:
        width = width * width_scale
    length = np.exp(rng.uniform(np.log(style.length_px[0]), np.log(style.length_px[1]), n))
    length = np.where(vellus, length * rng.uniform(0.2, 0.6, n), length)
    if length_scale is not None:
        length = length * length_scale
    step = length / nseg
    bias = rng.normal(0, 0.25, n)
    curl_dir = rng.choice([-1.0, 1.0], n) * rng.uniform(0.0, 1.0, n) * style.curl
    pts = np.zeros((n, nseg + 1, 2))
    pts[:, 0, 0], pts[:, 0, 1] = x, y
    # Clumping: strands in the same clump share a direction offset.
    if style.clump > 0:
        cid = (np.floor(x / (w / 30)) * 131 + np.floor(y / (h / 30))).astype(np.int64) % 997
        table = rng.normal(0, 0.5, 997)
        bias = (1 - style.clump) * bias + style.clump * table[cid]
    ang = field(x, y) + bias
    for s in range(nseg):
        ang = 0.6 * ang + 0.4 * (field(x, y) + bias) + curl_dir + rng.normal(0, style.curl * 0.5, n)
        x = x + step * np.cos(ang)
        y = y + step * np.sin(ang)
        pts[:, s + 1, 0], pts[:, s + 1, 1] = x, y

    base = np.tile(style.colour, (n, 1))
    if style.grey_frac > 0:
        grey = rng.uniform(0, 1, n) < style.grey_frac
        base[grey] = rng.uniform(0.6, 0.92, (int(grey.sum()), 1))
    base = base * rng.uniform(1 - style.colour_var, 1 + style.colour_var, (n, 1))
    # Vellus hairs are paler (less pigment) and sit closer to the skin tone.
    base[vellus] = 0.5 * base[vellus] + 0.5 * np.clip(base[vellus] + 0.25, 0, 1)
    # Draw order = depth: strands drawn first are lower in the pile and more shadowed.
    depth = np.linspace(0.55, 1.0, n) if n > 1 else np.ones(1)
    order = rng.permutation(n)
    hl_pos = rng.uniform(0.2, 0.8, n)
    shift = 4  # sub-pixel precision for cv2 drawing
    scale = float(1 << shift)
    # Strands go into premultiplied layers (thick opaque hairs; sub-pixel hairs with coverage =
    # width) and are composited over the image at the end, optionally clipped to `clip`.
    thick_col = np.zeros((h, w, 3), np.uint8)
    thick_m = np.zeros((h, w), np.uint8)
    thin_col = np.zeros((h, w, 3), np.uint8)
    thin_m = np.zeros((h, w), np.uint8)
    for rank, i in enumerate(order):
        if keep is not None and not keep[i]:
            continue
        p = pts[i]
        wi = width[i]
        if out_strands is not None:
            out_strands.append({"pts": p.copy(), "width": float(wi), "vellus": bool(vellus[i])})
        d = depth[rank]
        lit = 1.0 if light is None else float(light[min(h - 1, max(0, int(p[0, 1]))), min(w - 1, max(0, int(p[0, 0])))])
        col = np.clip(base[i] * d * lit, 0, 1)
        if style.sheen_angle is not None:
            dx, dy = p[-1] - p[0]
            across = abs(np.sin(np.arctan2(dy, dx) - style.sheen_angle))
            col = np.clip(col + style.highlight * 0.8 * across ** 4 * (1 - col), 0, 1)
        if style.taper and not vellus[i]:
            k1, k2 = nseg // 2, (3 * nseg) // 4
            chunks = ((0, k1 + 1, 1.0), (k1, k2 + 1, 0.75), (k2, nseg + 1, 0.45))
        else:
            chunks = ((0, nseg + 1, 1.0),)
        for a, b, f in chunks:
            seg = p[a:b]
            t = (a + b) / 2 / nseg
            hl = style.highlight * np.exp(-(((t - hl_pos[i]) / 0.18) ** 2))
            c = np.clip(col + hl * (1 - col) * 0.8, 0, 1)
            ww = wi * f
            thick = max(1, int(round(ww)))
            cc = tuple(int(v * 255) for v in c)
            poly = [np.round(seg * scale).astype(np.int32)]
            if ww < 1.0:
                cv2.polylines(thin_m, poly, False, int(255 * ww), 1, cv2.LINE_AA, shift)
                cv2.polylines(thin_col, poly, False, tuple(int(v * ww) for v in cc), 1, cv2.LINE_AA, shift)
            else:
                cv2.polylines(thick_col, poly, False, cc, thick, cv2.LINE_AA, shift)
                cv2.polylines(thick_m, poly, False, 255, thick, cv2.LINE_AA, shift)
                if style.cylinder and thick >= 6:
                    if style.core_gain > 1.0:
                        g = style.core_gain
                        core = tuple(int(min(255, v * g + 12 * (g - 1) / 0.25)) for v in cc)
                        cv2.polylines(thick_col, poly, False, core, max(1, int(thick * 0.45)), cv2.LINE_AA, shift)
                    if style.spec_line:
                        spec = tuple(int(min(255, v * 1.6 + 40)) for v in cc)
                        cv2.polylines(thick_col, [poly[0] + int(thick * 0.12 * scale)], False, spec, max(1, int(thick * 0.08)), cv2.LINE_AA, shift)
    a1 = thick_m.astype(np.float32) / 255.0
    a2 = thin_m.astype(np.float32) / 255.0
    if clip is not None:
        a1 *= clip
        a2 *= clip
        c1 = thick_col.astype(np.float32) * clip[..., None]
        c2 = thin_col.astype(np.float32) * clip[..., None]
    else:
        c1, c2 = thick_col.astype(np.float32), thin_col.astype(np.float32)
    out = img.astype(np.float32) * (1 - a1[..., None]) + c1
    out = out * (1 - a2[..., None]) + c2
    img[:] = np.clip(out + 0.5, 0, 255).astype(np.uint8)
    cov = 1 - (1 - a1) * (1 - a2)
    np.maximum(mask, np.clip(cov * 255 + 0.5, 0, 255).astype(np.uint8), out=mask)


def stubble_style(rng: np.random.Generator, colour: np.ndarray, ss: float) -> StrandStyle:
    return StrandStyle(
        colour=colour,
        colour_var=0.15,
        width_px=(1.0 * ss, 2.2 * ss),
        vellus_frac=0.2,
        length_px=(1.5 * ss, 6 * ss),
        curl=0.05,
        clump=0.0,
        highlight=0.1,
        taper=False,
    )
