"""Scene composition: top-down scalp, oblique whole-head, trichoscopy close-up, plus camera.

`render(seed, kind=None, size=(w, h))` returns (image uint8 RGB, label uint8 RGB, meta).
The scene is rendered at `ss`x the output size; labels are area-averaged coverage fractions of
the supersampled geometry (R = hair, G = skin, B = background).
"""

from __future__ import annotations

import cv2
import numpy as np

from .backgrounds import backdrop, photo
from .common import HAIR_COLOURS, area_down, jitter_colour, label_fractions, pack_label, smooth_noise, to_uint8
from .garments import garment, garment_mask
from .hair import StrandStyle, draw_strands, make_field, stubble_style
from .skin import sebum_shine, skin_layer

KINDS = ("topdown", "oblique", "dermoscopy", "nohair")
# Training mix. "nohair" (12 %) exists because real photos without people (a black-and-white
# chessboard, a butterfly, plants, tissue, a coat) were called hair by hairseg-0.2.2.
KIND_WEIGHTS = (0.44, 0.27, 0.17, 0.12)


def pick_colours(rng: np.random.Generator, force: dict | None = None):
    force = force or {}
    fitz = force.get("fitz", int(rng.integers(1, 7)))
    names = list(HAIR_COLOURS)
    if "hair" in force:
        hname = force["hair"]
    else:
        # Dark hair is most common, but light-on-light and light-on-dark must be well represented.
        pw = np.array([0.22, 0.18, 0.14, 0.1, 0.1, 0.07, 0.1, 0.09])
        hname = names[rng.choice(len(names), p=pw / pw.sum())]
    return fitz, hname, jitter_colour(rng, HAIR_COLOURS[hname], 0.08)


def density_map(rng: np.random.Generator, pattern: str, h: int, w: int, lo: float, hi: float, **kw):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xx /= w
    yy /= h
    n = smooth_noise(rng, h, w, 4)
    if pattern == "vertex":
        cx, cy = kw.get("cx", rng.uniform(0.3, 0.7)), kw.get("cy", rng.uniform(0.3, 0.7))
        r0 = kw.get("r0", rng.uniform(0.15, 0.45))
        r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r0
        t = np.clip((r - 0.5) / 1.0, 0, 1)
        d = lo + (hi - lo) * (t * t * (3 - 2 * t))
    elif pattern == "part":
        ang = kw.get("angle", rng.uniform(-0.3, 0.3) + np.pi / 2)
        cx = kw.get("cx", rng.uniform(0.35, 0.65))
        dist = np.abs((xx - cx) * np.sin(ang) - (yy - 0.5) * np.cos(ang))
        width = kw.get("width", rng.uniform(0.03, 0.2))
        t = np.clip(dist / width, 0, 1)
        d = lo + (hi - lo) * t
    else:
        d = np.full((h, w), (lo + hi) / 2, np.float32)
    d = d + n * kw.get("patchy", 0.15) * (hi - lo + 0.2)
    return np.clip(d, 0, min(1.0, max(lo, hi))).astype(np.float32)


def hair_style(rng, colour, ss, out_px, long: bool = True, vellus=None):
    """Terminal hair style at phone resolution: 0.7-4 output px wide."""
    wmin = rng.uniform(0.6, 1.6)
    return StrandStyle(
        colour=colour,
        colour_var=rng.uniform(0.08, 0.3),
        width_px=(wmin * ss, wmin * rng.uniform(1.3, 2.5) * ss),
        vellus_frac=rng.uniform(0.05, 0.4) if vellus is None else vellus,
        length_px=(0.06 * out_px * ss, (rng.uniform(0.25, 0.9) if long else 0.1) * out_px * ss),
        curl=rng.choice([0.02, 0.05, 0.1, 0.3], p=[0.35, 0.35, 0.2, 0.1]),
        clump=rng.uniform(0, 0.9) if rng.uniform() < 0.4 else 0.0,
        highlight=rng.uniform(0.05, 0.5),
        grey_frac=rng.uniform(0, 0.3) if rng.uniform() < 0.25 else 0.0,
    )


def light_field(rng, h, w, region=None):
    g = smooth_noise(rng, h, w, 1.5, 1)
    ang = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (xx / w - 0.5) * np.cos(ang) + (yy / h - 0.5) * np.sin(ang)
    return np.clip(1.0 + rng.uniform(0.1, 0.5) * ramp + 0.15 * g, 0.45, 1.3).astype(np.float32)


def cast_shadow(img_f, mask_u8, ss, rng, strength):
    m = mask_u8.astype(np.float32) / 255.0
    dx, dy = rng.uniform(-2, 2, 2) * ss
    M = np.float32([[1, 0, dx], [0, 1, dy]])
    sh = cv2.warpAffine(cv2.GaussianBlur(m, (0, 0), 1.5 * ss), M, (m.shape[1], m.shape[0]))
    img_f *= (1 - strength * sh * (1 - m))[..., None]


def render_topdown(rng, W, H, ss, force=None):
    force = force or {}
    h, w = H * ss, W * ss
    fitz, hname, hcol = pick_colours(rng, force)
    pattern = force.get("pattern", rng.choice(["vertex", "part", "diffuse"], p=[0.4, 0.25, 0.35]))
    lo, hi = force.get("density", (None, None))
    if lo is None:
        lvl = rng.uniform()
        lo = rng.uniform(0, 0.4) * lvl
        hi = np.clip(lo + rng.uniform(0.1, 1.0), 0.05, 1)
    # Region: whole frame scalp, sometimes the curved edge of the head with background beyond.
    region = np.ones((h, w), np.float32)
    if rng.uniform() < 0.3 and not force.get("no_edge"):
        cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
        ax, ay = rng.uniform(0.55, 0.9) * w, rng.uniform(0.55, 0.9) * h
        region[:] = 0
        cv2.ellipse(region, (int(cx), int(cy)), (int(ax), int(ay)), rng.uniform(0, 180), 0, 360, 1.0, -1, cv2.LINE_AA)
    dres = 64
    dens = density_map(rng, pattern, dres, dres, lo, hi, **force.get("pattern_kw", {}))
    out_px = max(W, H)
    # Follicles per output px^2 at full density, chosen so dense hair covers the scalp fully.
    style = hair_style(rng, hcol, ss, out_px, vellus=None)
    # Long hair lying flat (combed over thinning areas, a parted fringe): strands much longer
    # than the frame, rooted also outside it, so hair crosses bare scalp it does not grow from.
    long_mode = force.get("long", rng.uniform() < 0.35)
    margin = 0.0
    if long_mode:
        style.length_px = (0.25 * out_px * ss, rng.uniform(0.6, 1.3) * out_px * ss)
        style.curl = min(style.curl, 0.05)
        margin = 0.3
    if rng.uniform() < 0.5:
        style.sheen_angle = float(rng.uniform(0, np.pi))
    mean_area = (style.width_px[0] + style.width_px[1]) / 2 * np.sqrt(style.length_px[0] * style.length_px[1]) * 0.8
    count = int(h * w * (1 + 2 * margin) ** 2 / mean_area * rng.uniform(1.0, 2.6))
    cand = rng.uniform(-margin, 1 + margin, (count, 2))
    u = rng.uniform(0, 1, count)
    ix = np.clip((cand[:, 0] * dres).astype(int), 0, dres - 1)
    iy = np.clip((cand[:, 1] * dres).astype(int), 0, dres - 1)
    rix = np.clip((cand[:, 1] * h).astype(int), 0, h - 1), np.clip((cand[:, 0] * w).astype(int), 0, w - 1)
    keep = (u < dens[iy, ix]) & (region[rix] > 0.5)
    inside = (cand >= 0).all(1) & (cand < 1).all(1)
    img = skin_layer(rng, h, w, ss, fitz, cand[inside & (keep | (u < 0.25 * dens[iy, ix] + 0.05))], scalp=True)
    light = light_field(rng, h, w)
    shine = sebum_shine(rng, h, w, rng.uniform(0, 0.9)) if rng.uniform() < 0.6 else None
    field_kind = {"vertex": "whorl", "part": "part", "diffuse": "combed"}[pattern]
    field = make_field(rng, field_kind, w, h)
    bg = backdrop(rng, h, w, force.get("split", "train"))
    img = img * region[..., None] + bg * (1 - region[..., None])
    u8 = to_uint8(np.clip(img, 0, 1))
    mask = np.zeros((h, w), np.uint8)
    # Cropped stubble where the pattern is sparse (often seen as dots).
    if rng.uniform() < 0.25 and not force.get("no_stubble"):
        sk = (u < 0.6) & ~keep & (region[rix] > 0.5)
        draw_strands(rng, u8, mask, cand, field, stubble_style(rng, hcol, ss), keep=sk)
    # Candidates are all passed with a keep mask so that per-strand randomness does not depend
    # on how many follicles are active (the demo course grows hair on the same head).
    draw_strands(rng, u8, mask, cand, field, style, nseg=14, keep=keep, width_scale=force.get("width_gain"))
    img = u8.astype(np.float32) / 255.0
    cast_shadow(img, mask, ss, rng, rng.uniform(0.1, 0.4))
    img *= light[..., None]
    if shine is not None:
        img += (shine * region)[..., None] * 0.9
    hair = mask.astype(np.float32) / 255.0
    meta = {"kind": "topdown", "fitz": fitz, "hair": hname, "pattern": str(pattern), "long": bool(long_mode)}
    return img, hair, region, meta


def _head_masks(rng, h, w, view, head_pos=None):
    """Skin regions of an oblique head shot. Returns (head_skin, hair_region, extra_skin, geometry)."""
    cx, cy = rng.uniform(0.35, 0.65) * w, rng.uniform(0.4, 0.6) * h
    a = rng.uniform(0.25, 0.42) * w
    framing = rng.uniform()
    if framing < 0.45:
        # Closer shot: a big head partly out of frame (hair texture over most of the photo).
        a = rng.uniform(0.45, 0.85) * w
        cy = rng.uniform(0.55, 0.95) * h
    elif framing < 0.65:
        # Head and shoulders: a small head high in the frame, clothes filling the lower half.
        a = rng.uniform(0.1, 0.22) * w
        cy = rng.uniform(0.2, 0.4) * h
    if head_pos is not None:
        cx, cy, a = head_pos[0] * w, head_pos[1] * h, head_pos[2] * w
    b = a * rng.uniform(1.1, 1.35)
    rot = rng.uniform(-15, 15)
    head = np.zeros((h, w), np.float32)
    cv2.ellipse(head, (int(cx), int(cy)), (int(a), int(b)), rot, 0, 360, 1.0, -1, cv2.LINE_AA)
    extra = np.zeros((h, w), np.float32)
    # Neck and ears.
    cv2.rectangle(extra, (int(cx - a * 0.45), int(cy + b * 0.6)), (int(cx + a * 0.45), h), 1.0, -1)
    for s in (-1, 1):
        cv2.ellipse(extra, (int(cx + s * a * 0.97), int(cy + b * 0.1)), (int(a * 0.14), int(b * 0.22)), rot, 0, 360, 1.0, -1, cv2.LINE_AA)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if view == "frontal":
        # Hairline with temple recession (Norwood-like M shape), face below it.
        rec = rng.uniform(0.0, 0.5)
        xn = (xx - cx) / a
        line = cy - b * (rng.uniform(0.25, 0.55) - rec * 0.4 * np.exp(-((np.abs(xn) - 0.55) / 0.25) ** 2) * 1.0)
        hair_region = (yy < line).astype(np.float32) * head
    else:
        hair_region = head.copy()
    return head, hair_region, extra, (cx, cy, a, b, rot)


def add_hand(rng, skin_mask, h, w):
    cx, cy = rng.uniform(0, 1) * w, rng.uniform(0, 1) * h
    s = rng.uniform(0.12, 0.25) * w
    ang = rng.uniform(0, 2 * np.pi)
    cv2.ellipse(skin_mask, (int(cx), int(cy)), (int(s * 0.5), int(s * 0.42)), np.degrees(ang), 0, 360, 1.0, -1, cv2.LINE_AA)
    for k in range(4):
        fa = ang + (k - 1.5) * 0.25
        x1 = cx + np.cos(fa) * s * 1.1
        y1 = cy + np.sin(fa) * s * 1.1
        cv2.line(skin_mask, (int(cx), int(cy)), (int(x1), int(y1)), 1.0, max(2, int(s * 0.16)), cv2.LINE_AA)


def _face_features(rng, u8, cx, cy, a, b):
    """Eyes (sclera, iris, lid line), nose shading and lips, all labelled skin: dark, line-like
    facial detail next to the hairline that must not read as hair."""
    iris = tuple(int(v) for v in rng.choice([(60, 40, 25), (90, 70, 40), (70, 100, 120), (40, 30, 25)]) * rng.uniform(0.8, 1.2))
    for s in (-1, 1):
        ex, ey = int(cx + s * a * 0.4), int(cy + b * 0.15)
        ax, ay = int(a * 0.14), int(b * 0.045)
        cv2.ellipse(u8, (ex, ey), (ax, ay), 0, 0, 360, (225, 220, 212), -1, cv2.LINE_AA)
        cv2.circle(u8, (ex, ey), max(1, int(ay * 0.95)), iris, -1, cv2.LINE_AA)
        cv2.circle(u8, (ex, ey), max(1, int(ay * 0.4)), (15, 12, 12), -1, cv2.LINE_AA)
        cv2.ellipse(u8, (ex, ey), (ax, ay), 0, 180, 360, (50, 35, 30), max(1, int(ay * 0.25)), cv2.LINE_AA)
    skin = u8[int(min(u8.shape[0] - 1, cy + b * 0.3)), int(min(u8.shape[1] - 1, max(0, cx)))].astype(np.float32)
    nose = tuple(int(v) for v in skin * 0.75)
    for s in (-1, 1):
        cv2.ellipse(u8, (int(cx + s * a * 0.09), int(cy + b * 0.45)), (int(a * 0.05), int(b * 0.02)), 0, 0, 360, nose, -1, cv2.LINE_AA)
    lips = tuple(int(v) for v in np.clip(skin * np.array([0.95, 0.6, 0.6]), 0, 255))
    cv2.ellipse(u8, (int(cx), int(cy + b * 0.62)), (int(a * 0.22), int(b * 0.05)), 0, 0, 360, lips, -1, cv2.LINE_AA)
    cv2.line(u8, (int(cx - a * 0.2), int(cy + b * 0.62)), (int(cx + a * 0.2), int(cy + b * 0.62)), tuple(int(v * 0.5) for v in lips), max(1, int(b * 0.01)), cv2.LINE_AA)
    if rng.uniform() < 0.4:
        # Forehead wrinkles: thin darker curves on skin (a multiplicative crease, so they are
        # darker than whatever skin they cross).
        creases = np.zeros(u8.shape[:2], np.float32)
        for k in range(int(rng.integers(2, 5))):
            y = int(cy - b * (0.05 + 0.07 * k))
            cv2.ellipse(creases, (int(cx), y + int(a * 0.8)), (int(a * 0.5), int(a * 0.8)), 0, 245, 295, 1.0,
                        max(1, int(b * 0.004)), cv2.LINE_AA)
        u8[:] = np.clip(u8 * (1 - 0.12 * creases[..., None]), 0, 255).astype(np.uint8)


def _head_uv(xx, yy, cx, cy, a, b, rot):
    """Coordinates in the head ellipse's own (rotated) frame: u² + v² = 1 on the outline."""
    t = np.radians(rot)
    dx, dy = xx - cx, yy - cy
    return (dx * np.cos(t) + dy * np.sin(t)) / a, (-dx * np.sin(t) + dy * np.cos(t)) / b


def _head_shading(rng, xx, yy, cx, cy, a, b, rot, face: bool):
    """Lambert + specular shading of a head height field: an ellipsoid, and for a frontal view
    a brow ridge, eye sockets, nose, cheeks and chin. Real faces are smooth, shaded surfaces;
    a flat skin disc taught the network that any smooth face-coloured area may be hair."""
    # In the head ellipse's own (rotated) frame. Shading an unrotated ellipse left slivers of
    # the drawn, rotated head with a flat surface facing the camera, which the specular term
    # lit as a thin bright arc along the head outline (seen in the demo frontal photo).
    u, v = _head_uv(xx, yy, cx, cy, a, b, rot)
    r2 = u * u + v * v
    # A paraboloid that keeps falling past the outline (up to r = 1.5), so the anti-aliased rim,
    # ears and neck top are surfaces turning away, not flat ones facing the lens.
    z = 0.9 * (1 - np.minimum(r2, 2.25))
    if face:
        g = lambda x0, y0, sx, sy: np.exp(-(((u - x0) / sx) ** 2 + ((v - y0) / sy) ** 2))  # noqa: E731
        z = z + 0.08 * g(0, 0.05, 0.6, 0.06)  # brow ridge
        z = z - 0.07 * (g(-0.4, 0.15, 0.18, 0.08) + g(0.4, 0.15, 0.18, 0.08))  # eye sockets
        z = z + 0.16 * g(0, 0.33, 0.07, 0.18) + 0.05 * g(0, 0.45, 0.12, 0.05)  # nose ridge, tip
        z = z + 0.05 * (g(-0.45, 0.4, 0.2, 0.15) + g(0.45, 0.4, 0.2, 0.15))  # cheeks
        z = z - 0.03 * g(0, 0.62, 0.25, 0.05) + 0.04 * g(0, 0.85, 0.25, 0.1)  # mouth, chin
    gy, gx = np.gradient(z * a)
    n = np.stack([-gx, -gy, np.ones_like(z)], -1)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    ang = rng.uniform(0, 2 * np.pi)
    elev = rng.uniform(0.3, 1.2)
    light = np.array([np.cos(ang) * np.cos(elev), np.sin(ang) * np.cos(elev), np.sin(elev)], np.float32)
    lam = np.clip(n @ light, 0, 1)
    amb = rng.uniform(0.35, 0.6)
    # Highlights belong to the dome of the head; the flat tail beyond r = 1.5 (the neck) gets none.
    dome = np.clip((2.25 - r2) * 2, 0, 1)
    spec = np.clip(n[..., 2], 0, 1) ** rng.uniform(20, 60) * rng.uniform(0, 0.3) * dome
    return np.clip(amb + (1.15 - amb) * lam + spec, 0.3, 1.35).astype(np.float32)


def render_oblique(rng, W, H, ss, force=None):
    force = force or {}
    h, w = H * ss, W * ss
    fitz, hname, hcol = pick_colours(rng, force)
    view = force.get("view", rng.choice(["frontal", "crown"]))
    head, hair_region, extra, (cx, cy, a, b, rot) = _head_masks(rng, h, w, view, force.get("head"))
    split = force.get("split", "train")
    img = backdrop(rng, h, w, split)
    skin_region = np.clip(head + extra, 0, 1)
    if rng.uniform() < 0.3:
        add_hand(rng, skin_region, h, w)
    face = skin_layer(rng, h, w, ss * 0.5, fitz, None, pore_px=0.8, scalp=False)
    img = img * (1 - skin_region[..., None]) + face * skin_region[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = _head_shading(rng, xx, yy, cx, cy, a, b, rot, view == "frontal")
    img *= np.where(skin_region[..., None] > 0, shade[..., None], 1.0)
    if view == "frontal" and rng.uniform() < 0.5:
        # Skin sheen on forehead, nose and cheeks (flash or window light).
        img += (np.clip(shade - 1.0, 0, 1) * head * rng.uniform(0.3, 1.2))[..., None]
    # A small head high in the frame always has shoulders below it (no neck down to the edge).
    if force.get("clothes", rng.uniform() < 0.85 or a < 0.25 * w):
        # Clothes cover the neck from the neckline down (garments.py: dark coats, knits, zips).
        clothes = garment_mask(rng, h, w, cx, cy, a, b, head)
        cl = garment(rng, h, w, cx, cy, a, b, ss, backdrop(rng, h, w, split))
        img = img * (1 - clothes[..., None]) + cl * clothes[..., None]
        skin_region = skin_region * (1 - clothes)
    u8 = to_uint8(np.clip(img, 0, 1))
    mask = np.zeros((h, w), np.uint8)
    lo, hi = force.get("density", (None, None))
    # A full head of hair (since G): no scalp shows, locks and volume past the skull outline. Real
    # portraits' hair reads as a textured mass at phone scale, not as separate strands; without
    # it, a model taught that dark garments are not hair also stops calling real hair hair.
    full = bool(force.get("full", lo is None and rng.uniform() < 0.4))
    if full:
        lo, hi = rng.uniform(0.85, 1.0), 1.0
    elif lo is None:
        lo = rng.uniform(0, 0.5)
        hi = np.clip(lo + rng.uniform(0.2, 0.9), 0, 1)
    dres = 64
    if view == "frontal":
        dens = density_map(rng, "diffuse", dres, dres, lo, hi)
        field = make_field(rng, "radial-back", w, h, cx=cx, cy=cy + b * 0.8, twist=0.0, wobble=0.4)
    else:
        dens = density_map(rng, "vertex", dres, dres, lo, hi, cx=cx / w, cy=cy / h - 0.05, r0=rng.uniform(0.1, 0.3))
        field = make_field(rng, "whorl", w, h, cx=cx + rng.uniform(-0.2, 0.2) * a, cy=cy - rng.uniform(0, 0.3) * b)
    out_px = max(W, H)
    style = hair_style(rng, hcol, ss, out_px)
    style.length_px = (0.05 * out_px * ss, rng.uniform(0.15, 0.4) * out_px * ss)
    if full:
        style.clump = float(rng.uniform(0.4, 0.9))  # locks
    if force.get("long", rng.uniform() < (0.75 if full else 0.5)):
        # Hair lying flat along the head rather than standing up: long, smooth, with a sheen.
        style.length_px = (0.12 * out_px * ss, rng.uniform(0.35, 0.8) * out_px * ss)
        style.curl = min(style.curl, 0.05)
        style.sheen_angle = float(rng.uniform(0, np.pi))
    # Hair scales with the head, not the frame (since G): a small head high in a portrait has
    # short, sub-pixel strands that read as a mass, as real hair does at that scale.
    head_scale = float(np.clip(a / (0.35 * w), 0.25, 1.0))
    style.length_px = (style.length_px[0] * head_scale, style.length_px[1] * head_scale)
    style.width_px = (style.width_px[0] * max(head_scale, 0.4), style.width_px[1] * max(head_scale, 0.4))
    mean_area = (style.width_px[0] + style.width_px[1]) / 2 * np.sqrt(style.length_px[0] * style.length_px[1]) * 0.8
    # Twice the candidates, accepted at half the density times the foreshortening: the scalp
    # turns away from the camera towards the outline, so the same roots per cm² crowd into less
    # image there (x 1/cos, capped at 3) and the head edge reads as a dense band of hair.
    count = int(hair_region.sum() / mean_area * rng.uniform(1.2, 3.0) * (rng.uniform(2.5, 4.0) if full else 1.0)) * 2
    cand = rng.uniform(0, 1, (count, 2))
    u = rng.uniform(0, 1, count)
    ix = np.minimum((cand[:, 0] * dres).astype(int), dres - 1)
    iy = np.minimum((cand[:, 1] * dres).astype(int), dres - 1)
    rr = np.minimum((cand[:, 1] * h).astype(int), h - 1), np.minimum((cand[:, 0] * w).astype(int), w - 1)
    hu, hv = _head_uv(cand[:, 0] * w, cand[:, 1] * h, cx, cy, a, b, rot)
    foreshorten = np.minimum(3.0, 1.0 / np.sqrt(np.clip(1 - hu * hu - hv * hv, 1 / 9, 1)))
    keep = (u < dens[iy, ix] * foreshorten / 2) & (hair_region[rr] > 0.5)
    light = np.clip(shade * light_field(rng, h, w), 0.4, 1.3)
    # Hair lies on the head: clip strands to the head outline grown a little (a few fly-aways).
    grow = int(rng.uniform(0.01, 0.05) * w * (rng.uniform(1.5, 3.0) if full else 1.0)) * 2 + 1
    clip = cv2.GaussianBlur(cv2.dilate(head, np.ones((grow, grow), np.uint8)), (0, 0), 0.01 * w)
    if full:
        # Deeper layers of a full head of hair: a darker hair-coloured mass hides the scalp under
        # the top strands, and fills the volume past the skull on the upper half of the head.
        vol = np.maximum(hair_region, np.clip(clip - head, 0, 1) * (yy < cy))
        tone = 1 + 0.3 * smooth_noise(rng, h, w, rng.uniform(20, 60))
        deep = np.clip(hcol * rng.uniform(0.45, 0.8) * (tone * np.clip(light, 0.4, 1.1))[..., None], 0, 1)
        u8 = to_uint8(u8.astype(np.float32) / 255 * (1 - vol[..., None]) + deep * vol[..., None])
        mask = np.maximum(mask, to_uint8(vol))
    draw_strands(rng, u8, mask, cand, field, style, light=light, nseg=12, clip=clip, keep=keep,
                 width_scale=force.get("width_gain"))
    if view == "frontal" and rng.uniform() < 0.6:
        # Eyebrows: short hairs (labelled hair - they are hair).
        for s in (-1, 1):
            ex, ey = cx + s * a * 0.4, cy + b * 0.02
            n = int(rng.uniform(60, 200))
            pts = np.stack([ex + rng.uniform(-0.22, 0.22, n) * a, ey + rng.normal(0, 0.025, n) * b], 1)
            pts /= np.array([w, h])
            fb = make_field(rng, "combed", w, h, angle=0.0 if s > 0 else np.pi, wobble=0.3)
            bs = StrandStyle(colour=hcol * 0.8, colour_var=0.2, width_px=(0.8 * ss, 1.6 * ss), vellus_frac=0.3,
                             length_px=(5 * ss, 14 * ss), curl=0.05, clump=0.0, highlight=0.05)
            draw_strands(rng, u8, mask, pts, fb, bs)
        _face_features(rng, u8, cx, cy, a, b)
    img = u8.astype(np.float32) / 255.0
    cast_shadow(img, mask, ss, rng, rng.uniform(0.1, 0.35))
    if rng.uniform() < 0.5:
        img += (sebum_shine(rng, h, w, rng.uniform(0.2, 0.9)) * head)[..., None] * 0.8
    hair = mask.astype(np.float32) / 255.0
    meta = {"kind": "oblique", "fitz": fitz, "hair": hname, "view": str(view), "full": full}
    return img, hair, skin_region, meta


def _pigmented_lesion(rng, img, h, w, ss):
    """A melanocytic lesion as in skin-lesion dermoscopy: a brown blob with a reticular network
    and globules. Dark, structured and sometimes line-like, but skin, never hair."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    r = rng.uniform(0.15, 0.45) * max(h, w)
    d = np.sqrt(((xx - cx) / r) ** 2 + ((yy - cy) / (r * rng.uniform(0.6, 1.0))) ** 2)
    blob = np.clip((1.0 + 0.35 * smooth_noise(rng, h, w, 3) - d) * 4, 0, 1)
    blob = cv2.GaussianBlur(blob, (0, 0), 3 * ss)
    period = rng.uniform(6, 16) * ss
    n1 = smooth_noise(rng, h, w, 6, 1) * 3
    net = np.abs(np.sin(xx / period + n1)) * np.abs(np.sin(yy / period - n1))
    net = np.clip(1 - net * 3, 0, 1)  # thin dark lines where either sine crosses zero
    brown = jitter_colour(rng, (0.42, 0.26, 0.16), 0.1)
    dark = rng.uniform(0.3, 0.8)
    tone = blob * (dark + (1 - dark) * 0.6 * net * rng.uniform(0.3, 1.0))
    img[:] = img * (1 - tone[..., None]) + tone[..., None] * brown * (1 - 0.5 * net[..., None])
    for _ in range(int(rng.uniform(0, 25))):
        gx, gy = cx + rng.normal(0, 0.5) * r, cy + rng.normal(0, 0.5) * r
        cv2.circle(img, (int(gx), int(gy)), int(rng.uniform(1.5, 5) * ss), tuple(float(v) for v in brown * 0.5), -1, cv2.LINE_AA)
    if rng.uniform() < 0.4:
        # Streaks / pseudopods at the rim (radial, short, dark, line-like): skin, not hair.
        for _ in range(int(rng.uniform(8, 40))):
            th = rng.uniform(0, 2 * np.pi)
            r0, r1 = r * rng.uniform(0.75, 0.95), r * rng.uniform(1.0, 1.3)
            p0 = (int(cx + np.cos(th) * r0), int(cy + np.sin(th) * r0))
            p1 = (int(cx + np.cos(th) * r1), int(cy + np.sin(th) * r1))
            cv2.line(img, p0, p1, tuple(float(v) for v in brown * rng.uniform(0.3, 0.7)),
                     max(1, int(rng.uniform(1, 3) * ss)), cv2.LINE_AA)
            if rng.uniform() < 0.5:
                cv2.circle(img, p1, max(1, int(rng.uniform(1.5, 3) * ss)), tuple(float(v) for v in brown * 0.4), -1,
                           cv2.LINE_AA)
    if rng.uniform() < 0.25:
        # Blue-white veil: a hazy blue-grey blotch over part of the lesion.
        veil = np.clip(smooth_noise(rng, h, w, 4) * 2 + 0.2, 0, 1) * blob
        veil = cv2.GaussianBlur(veil, (0, 0), 4 * ss)[..., None] * rng.uniform(0.4, 0.8)
        img[:] = img * (1 - veil) + veil * jitter_colour(rng, (0.45, 0.5, 0.62), 0.08)


def _ruler(rng, h, w, ss):
    """A measuring ruler laid on the skin, as in many skin-lesion dermoscopy photos: a band near
    one edge with a long edge line and regular tick marks. Thin, dark, straight and periodic -
    the classic false positive of hair detectors - and an object, so background.
    Returns (colour [h,w,3], alpha [h,w], body [h,w]: where the ruler lies, opaque or not)."""
    band = int(rng.uniform(0.05, 0.12) * h)
    canvas_a = np.zeros((h, w), np.float32)
    ink = np.zeros((h, w), np.float32)
    y0 = int(rng.uniform(0.0, 0.12) * h)
    canvas_a[y0:y0 + band] = 1.0
    lw = max(1, int(rng.uniform(0.6, 1.5) * ss))
    cv2.line(ink, (0, y0 + band - 1), (w, y0 + band - 1), 1.0, lw, cv2.LINE_AA)
    step = rng.uniform(8, 22) * ss
    for i, x in enumerate(np.arange(rng.uniform(0, step), w, step)):
        length = band * (0.7 if i % 10 == 0 else 0.45 if i % 5 == 0 else 0.25)
        cv2.line(ink, (int(x), y0 + band - 1), (int(x), int(y0 + band - 1 - length)), 1.0, lw, cv2.LINE_AA)
    # Rotate and flip to a random edge and angle.
    ang = rng.uniform(-25, 25) + float(rng.choice([0, 90, 180, 270]))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    canvas_a = cv2.warpAffine(canvas_a, m, (w, h), flags=cv2.INTER_LINEAR)
    ink = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_LINEAR) * canvas_a
    body = jitter_colour(rng, (0.92, 0.92, 0.9) if rng.uniform() < 0.6 else (0.75, 0.72, 0.6), 0.05)
    opacity = rng.uniform(0.35, 0.95)  # clear plastic rulers show the skin through
    tick = jitter_colour(rng, (0.08, 0.08, 0.1), 0.5)
    colour = np.ones((h, w, 3), np.float32) * body
    colour = colour * (1 - ink[..., None]) + tick * ink[..., None]
    alpha = np.clip(canvas_a * opacity + ink * (1 - opacity), 0, 1)
    return colour, alpha, canvas_a


def _ink_marks(rng, img, h, w, ss):
    """Surgical-marker ink on the skin (a circle round the lesion, dots, a line): coloured,
    line-like, skin."""
    layer = np.zeros((h, w), np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    lw = max(1, int(rng.uniform(2, 6) * ss))
    kind = rng.choice(["circle", "dots", "line"])
    if kind == "circle":
        r = int(rng.uniform(0.2, 0.45) * max(h, w))
        cv2.ellipse(layer, (int(cx), int(cy)), (r, int(r * rng.uniform(0.7, 1))), rng.uniform(0, 180),
                    rng.uniform(0, 60), rng.uniform(250, 360), 1.0, lw, cv2.LINE_AA)
    elif kind == "dots":
        for _ in range(int(rng.uniform(2, 8))):
            p = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
            cv2.circle(layer, p, int(rng.uniform(2, 6) * ss), 1.0, -1, cv2.LINE_AA)
    else:
        p1 = (int(cx + rng.uniform(-0.4, 0.4) * w), int(cy + rng.uniform(-0.4, 0.4) * h))
        cv2.line(layer, (int(cx), int(cy)), p1, 1.0, lw, cv2.LINE_AA)
    layer = cv2.GaussianBlur(layer, (0, 0), 0.7 * ss) * rng.uniform(0.4, 0.9)
    ink = jitter_colour(rng, (0.35, 0.2, 0.55) if rng.uniform() < 0.6 else (0.15, 0.2, 0.45), 0.1)
    img[:] = img * (1 - layer[..., None]) + layer[..., None] * ink * img


def _scales(rng, img, h, w, ss):
    """Dandruff / perifollicular scale: whitish-yellow irregular flakes on the skin (labelled skin)."""
    fl = np.zeros((h, w), np.float32)
    for _ in range(int(rng.uniform(5, 40))):
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        ax = (int(rng.uniform(3, 25) * ss), int(rng.uniform(2, 12) * ss))
        cv2.ellipse(fl, c, ax, rng.uniform(0, 180), 0, 360, 1.0, -1, cv2.LINE_AA)
    fl *= np.clip(0.6 + smooth_noise(rng, h, w, 12), 0, 1)
    fl = cv2.GaussianBlur(fl, (0, 0), 1.5 * ss)[..., None]
    col = jitter_colour(rng, (0.93, 0.9, 0.8), 0.05)
    img[:] = img * (1 - 0.8 * fl) + 0.8 * fl * col


def render_dermoscopy(rng, W, H, ss, force=None):
    force = force or {}
    h, w = H * ss, W * ss
    fitz, hname, hcol = pick_colours(rng, force)
    if "hair" not in force and rng.uniform() < 0.5:
        # Under the dermatoscope most shafts read dark: pigment is seen through, not reflected.
        hname = str(rng.choice(["black", "dark-brown", "brown"]))
        hcol = jitter_colour(rng, HAIR_COLOURS[hname], 0.08)
    n_units = int(force.get("units", rng.uniform(3, 22)))
    fol = rng.uniform(0, 1, (n_units, 2))
    img = skin_layer(rng, h, w, ss * 6, fitz, None, pore_px=0.5, scalp=True)
    # Skin furrows: faint polygonal line network.
    fur = np.zeros((h, w), np.float32)
    for _ in range(int(rng.uniform(10, 40))):
        p0 = rng.uniform(0, 1, 2) * [w, h]
        p1 = p0 + rng.normal(0, 0.2, 2) * [w, h]
        cv2.line(fur, tuple(int(v) for v in p0), tuple(int(v) for v in p1), 1.0, max(1, int(2 * ss)), cv2.LINE_AA)
    fur = cv2.GaussianBlur(fur, (0, 0), 2 * ss)
    img *= (1 - rng.uniform(0.05, 0.2) * fur)[..., None]
    # Skin-lesion dermoscopy (a mole with hairs over it) as well as trichoscopy of the scalp.
    if fitz >= 4 and rng.uniform() < 0.5:
        # Honeycomb pigment network of dark scalp skin (trichoscopy of phototypes IV-VI): brown
        # rings around lighter holes, line-like but skin.
        period = rng.uniform(10, 30) * ss
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        n1 = smooth_noise(rng, h, w, 4, 1) * 2
        cells = np.abs(np.sin(xx / period + n1)) * np.abs(np.sin(yy / period - n1 * 0.7))
        ring = np.clip(1 - cells * rng.uniform(2, 4), 0, 1)
        img *= (1 - rng.uniform(0.15, 0.4) * cv2.GaussianBlur(ring, (0, 0), ss))[..., None]
    if force.get("lesion", rng.uniform() < 0.4):
        _pigmented_lesion(rng, img, h, w, ss)
    if rng.uniform() < 0.1:
        _ink_marks(rng, img, h, w, ss)
    # Perifollicular halos, yellow dots (empty follicles), vessels.
    for x, y in fol:
        c = (int(x * w), int(y * h))
        r = int(rng.uniform(8, 25) * ss)
        halo = np.zeros((h, w), np.float32)
        cv2.circle(halo, c, r, 1.0, -1, cv2.LINE_AA)
        halo = cv2.GaussianBlur(halo, (0, 0), r * 0.4)
        img *= (1 - rng.uniform(0.05, 0.25) * halo[..., None] * np.array([0.6, 0.9, 1.0], np.float32))
    for _ in range(int(rng.uniform(0, 8))):
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        yd = np.zeros((h, w), np.float32)
        cv2.circle(yd, c, int(rng.uniform(4, 10) * ss), 1.0, -1, cv2.LINE_AA)
        yd = cv2.GaussianBlur(yd, (0, 0), 3 * ss)[..., None]
        img = img * (1 - 0.5 * yd) + 0.5 * yd * np.array([0.85, 0.72, 0.4], np.float32)
    for _ in range(int(rng.uniform(0, 30))):
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        cv2.circle(img, c, int(rng.uniform(1, 3) * ss), (0.7, 0.15, 0.15), -1, cv2.LINE_AA)
    if rng.uniform() < 0.25:
        _scales(rng, img, h, w, ss)
    u8 = to_uint8(np.clip(img, 0, 1))
    mask = np.zeros((h, w), np.uint8)
    pts = []
    for x, y in fol:
        for _ in range(int(rng.choice([1, 1, 2, 2, 3]))):
            pts.append((x + rng.normal(0, 0.004), y + rng.normal(0, 0.004)))
    pts = np.array(pts)
    cut = force.get("cut", rng.uniform() < 0.3)
    # Shaft width at 512 px: 6-30 px root (x1-1.6) covers x10 handheld scopes to x70 video scopes.
    wmin = float(np.exp(rng.uniform(np.log(6), np.log(30)))) * W / 512 * force.get("width_gain", 1.0)
    if "wmin" in force:
        # A set magnification (the count sets tie hairs per field to it); drawn above all the same,
        # so the random stream, and every other part of the scene, is unchanged.
        wmin = float(force["wmin"]) * W / 512
    style = StrandStyle(
        colour=hcol, colour_var=0.15, width_px=(wmin * ss, wmin * 1.6 * ss),
        vellus_frac=rng.uniform(0.05, 0.5), length_px=((0.25 if cut else 0.9) * W * ss, (0.6 if cut else 2.0) * W * ss),
        curl=rng.choice([0.005, 0.01, 0.03]), clump=0.0, highlight=rng.uniform(0.05, 0.4), taper=not cut,
        cylinder=True, grey_frac=rng.uniform(0, 0.3) if rng.uniform() < 0.3 else 0.0,
        core_gain=float(rng.choice([1.0, 1.1, 1.25])), spec_line=bool(rng.uniform() < 0.5),
    )
    field = make_field(rng, "combed", w, h, wobble=0.8)
    strands: list = []  # geometry of every drawn strand, for the ground-truth hair count
    draw_strands(rng, u8, mask, pts, field, style, nseg=10, out_strands=strands)
    img = u8.astype(np.float32) / 255.0
    cast_shadow(img, mask, ss * 8, rng, rng.uniform(0.1, 0.3))
    # Gel bubbles: bright rims, slightly brighter inside, over skin and hair alike.
    for _ in range(int(rng.uniform(0, 6)) if rng.uniform() < 0.5 else 0):
        c = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        r = int(rng.uniform(8, 60) * ss)
        ring = np.zeros((h, w), np.float32)
        cv2.circle(ring, c, r, 1.0, max(1, int(2 * ss)), cv2.LINE_AA)
        inner = np.zeros((h, w), np.float32)
        cv2.circle(inner, c, r, 1.0, -1, cv2.LINE_AA)
        img = img * (1 + 0.05 * inner[..., None]) + 0.25 * cv2.GaussianBlur(ring, (0, 0), ss)[..., None]
    if rng.uniform() < 0.25:
        # Non-polarised scope: small specular reflections off the skin surface and the gel.
        sp = np.zeros((h, w), np.float32)
        for _ in range(int(rng.uniform(5, 60))):
            cv2.circle(sp, (int(rng.uniform(0, w)), int(rng.uniform(0, h))), int(rng.uniform(1, 4) * ss), 1.0, -1, cv2.LINE_AA)
        img = img + cv2.GaussianBlur(sp, (0, 0), ss)[..., None] * rng.uniform(0.4, 1.0)
    region = np.ones((h, w), np.float32)  # skin vs background (outside the round field of view)
    ruler_body = None
    # Its own random stream: the same scene with and without a ruler differs only by the ruler.
    ruler_rng = np.random.default_rng(int(rng.integers(1 << 31)))
    if force.get("ruler", rng.uniform() < 0.12):
        colour, ruler_alpha, ruler_body = _ruler(ruler_rng, h, w, ss)
        img = img * (1 - ruler_alpha[..., None]) + colour * ruler_alpha[..., None]
    if rng.uniform() < 0.6:
        r = rng.uniform(0.42, 0.75) * max(w, h)
        fov = np.zeros((h, w), np.float32)
        cv2.circle(fov, (w // 2 + int(rng.normal(0, 0.03) * w), h // 2 + int(rng.normal(0, 0.03) * h)), int(r), 1.0, -1, cv2.LINE_AA)
        soft = cv2.GaussianBlur(fov, (0, 0), 4 * ss)
        dark = rng.uniform(0.0, 0.08)
        img = img * soft[..., None] + dark * (1 - soft[..., None])
        region = fov
    if rng.uniform() < 0.3:
        bh = int(rng.uniform(0.05, 0.1) * h)
        y0 = 0 if rng.uniform() < 0.5 else h - bh
        img[y0:y0 + bh] = rng.uniform(0, 0.15)
        region[y0:y0 + bh] = 0
        txt = rng.choice(["x20  POL", "50x  12-03-2026", "ID 0042  x30", "FOV 6mm", "Dermlite x10"])
        cv2.putText(img, str(txt), (int(0.05 * w), y0 + int(bh * 0.75)), cv2.FONT_HERSHEY_SIMPLEX, bh / 40, (0.95, 0.95, 0.95), max(1, bh // 15), cv2.LINE_AA)
    hair = mask.astype(np.float32) / 255.0
    visible = region > 0.5  # where a hair label can be (the count below uses the same rule)
    if region.min() < 1:
        hair = hair * (region > 0.5)
    if ruler_body is not None:
        # The ruler is background where it lies. Hair seen through clear plastic stays hair;
        # under an opaque ruler (alpha > 0.6) it is hidden, so not labelled.
        opaque = (ruler_body > 0.5) & (ruler_alpha > 0.6)
        hair = hair * (1 - opaque)
        visible &= ~opaque
        region = region * (1 - ruler_body)
    tint = force.get("tint", rng.choice(["none", "gray", "blue"], p=[0.72, 0.14, 0.14]))
    if tint == "gray":
        g = img.mean(-1, keepdims=True)
        img = np.repeat(g, 3, -1)
    elif tint == "blue":
        g = img.mean(-1, keepdims=True)
        img = 0.4 * img + 0.6 * g * np.array([0.8, 0.95, 1.25], np.float32)
    # rootWidthPx: the narrowest terminal root width drawn, px at output scale (the demo course
    # derives its scope's field of view from it).
    meta = {"kind": "dermoscopy", "fitz": fitz, "hair": hname, "tint": str(tint), "rootWidthPx": wmin}
    meta.update(count_visible_strands(strands, visible, ss, ends=bool(force.get("countEnds", False))))
    return img, hair, region, meta


def _visible_samples(pts: np.ndarray, visible: np.ndarray):
    """Per polyline segment with length: its length, its sample count k, the k sample points
    (about one per pixel, at sub-step midpoints) and which of them lie where `visible` is set."""
    h, w = visible.shape
    for p0, p1 in zip(pts[:-1], pts[1:]):
        seg = float(np.hypot(*(p1 - p0)))
        if seg <= 0:
            continue
        k = max(1, int(np.ceil(seg)))
        t = (np.arange(k) + 0.5) / k
        q = p0[None, :] + t[:, None] * (p1 - p0)[None, :]
        ix, iy = np.floor(q[:, 0]).astype(np.int64), np.floor(q[:, 1]).astype(np.int64)
        inside = (ix >= 0) & (ix < w) & (iy >= 0) & (iy < h)
        ok = np.zeros(k, bool)
        ok[inside] = visible[iy[inside], ix[inside]]
        yield seg, k, q, ok


def visible_length(pts: np.ndarray, visible: np.ndarray) -> float:
    """Length (px) of a polyline that lies inside the image where `visible` (bool, same scale) is
    set, sampled about every pixel (midpoint of each sub-step decides its share)."""
    total = 0.0
    for seg, k, _, ok in _visible_samples(pts, visible):
        total += seg / k * int(ok.sum())
    return total


def visible_ends(pts: np.ndarray, visible: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """First and last point (render px) of a polyline, sampled as in visible_length, that lies
    where `visible` is set: where the hair is first and last seen."""
    seen = [q[ok][[0, -1]] for _, _, q, ok in _visible_samples(pts, visible) if ok.any()]
    if not seen:
        return None
    return seen[0][0], seen[-1][-1]


def count_visible_strands(strands: list, visible: np.ndarray, ss: int, ends: bool = False) -> dict:
    """Ground-truth hair count of a scene, from the drawn strands (render scale): a strand counts
    when at least max(2 x its root width, 3 output px) of it lies where the hair label can be seen
    (in the image, inside the field of view / off banners, not under an opaque ruler). Counts
    include vellus (thin, pale, possibly sub-pixel) hairs; terminalCount leaves them out. Overlap
    with other strands is ignored: a strand under another one still counts. Draws no random numbers."""
    n = t = 0
    where = []
    for st in strands:
        if visible_length(st["pts"], visible) >= max(2.0 * st["width"], 3.0 * ss):
            n += 1
            t += 0 if st["vellus"] else 1
            if ends:
                a, b = visible_ends(st["pts"], visible)
                where.append([round(float(v) / ss, 2) for v in (*a, *b)])
    out = {"hairCount": n, "terminalCount": t}
    if ends:
        # countEnds: per counted strand, where it is first and last seen (x0, y0, x1, y1, output
        # px): half a hair at each, the learned counter's density target (count_train.py).
        out["countEnds"] = where
    return out


def _defocus(rng, img):
    """Depth of field: a smooth map blends the sharp image with a defocused copy (the head is
    curved, so part of a close-up is always out of the focal plane)."""
    h, w = img.shape[:2]
    sigma = rng.uniform(1.0, 3.5)
    blurred = cv2.GaussianBlur(img, (0, 0), sigma)
    m = np.clip(smooth_noise(rng, h, w, rng.uniform(1, 2.5), 1) * 2.0 + rng.uniform(-0.6, 0.6), 0, 1)
    return img * (1 - m[..., None]) + blurred * m[..., None]


def _sharpen(rng, img):
    """Phone pipelines oversharpen: unsharp mask halos along every edge, hairs included."""
    radius = rng.uniform(0.7, 2.0)
    amount = rng.uniform(0.3, 1.6)
    return img + amount * (img - cv2.GaussianBlur(img, (0, 0), radius))


def camera(rng: np.random.Generator, img: np.ndarray, force=None) -> np.ndarray:
    """Phone/dermatoscope camera: white balance, exposure, vignetting, glare, defocus, blur,
    sharpening, noise (luma and chroma), JPEG."""
    force = force or {}
    h, w = img.shape[:2]
    if rng.uniform() < 0.25:
        # Warm indoor light or a cold LED: a strong cast, not just a small white-balance error.
        cast = np.array([1.0, rng.uniform(0.8, 0.95), rng.uniform(0.55, 0.85)], np.float32)
        img = img * (cast if rng.uniform() < 0.7 else cast[::-1])
    img = img * rng.uniform(0.88, 1.12, 3).astype(np.float32)
    img = img * rng.uniform(0.6, 1.4)
    if rng.uniform() < 0.5:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2
        img = img * (1 - rng.uniform(0.1, 0.6) * r2)[..., None]
    if force.get("glare") or rng.uniform() < 0.15:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        rr = np.sqrt((xx - gx) ** 2 + (yy - gy) ** 2) / (rng.uniform(0.05, 0.2) * max(h, w))
        img = img + rng.uniform(0.5, 1.5) * np.exp(-rr * rr)[..., None]
    img = np.clip(img, 0, 1) ** rng.uniform(0.8, 1.25)
    if rng.uniform() < 0.3:
        img = _defocus(rng, img)
    if rng.uniform() < 0.5:
        s = rng.uniform(0.3, 1.1)
        img = cv2.GaussianBlur(img, (0, 0), s)
    if rng.uniform() < 0.1:
        k = int(rng.integers(3, 7))
        ker = np.zeros((k, k), np.float32)
        ker[k // 2] = 1.0 / k
        M = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1.0)
        ker = cv2.warpAffine(ker, M, (k, k))
        img = cv2.filter2D(img, -1, ker / max(ker.sum(), 1e-6))
    if rng.uniform() < 0.5:
        img = _sharpen(rng, img)
    sig = rng.uniform(0.003, 0.035)
    img = img + rng.normal(0, sig, img.shape).astype(np.float32) * np.sqrt(np.clip(img, 0.02, 1))
    if rng.uniform() < 0.4:
        # Chroma noise: blotchy colour noise from demosaicing and denoising at low light.
        cn = cv2.GaussianBlur(rng.normal(0, 1, img.shape).astype(np.float32), (0, 0), rng.uniform(1, 3))
        img = img + cn * rng.uniform(0.005, 0.03)
    u8 = to_uint8(np.clip(img, 0, 1))
    q = int(rng.uniform(35, 95))
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(u8, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def render_nohair(rng, W, H, ss, force=None):
    """A photo with no hair in it: mostly a real photo, or a room, with dark solid objects,
    sometimes clothes or a hand (skin). Everything else is background, so "dark", "black and
    solid" or "textured" cannot stand for hair without strands to show for it."""
    force = force or {}
    h, w = H * ss, W * ss
    split = force.get("split", "train")
    img = photo(rng, h, w, split) if rng.uniform() < 0.6 else backdrop(rng, h, w, split)
    for _ in range(int(rng.integers(0, 5))):
        # Black or dark objects: a bag, a phone, a chair, a monitor, shadows.
        col = jitter_colour(rng, (0.04, 0.04, 0.05), 0.5) * rng.uniform(0.5, 3)
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        r = int(rng.uniform(0.05, 0.35) * max(h, w))
        obj = np.zeros((h, w), np.float32)
        if rng.uniform() < 0.5:
            cv2.rectangle(obj, (x, y), (x + r, y + int(r * rng.uniform(0.3, 2))), 1.0, -1, cv2.LINE_AA)
        else:
            cv2.ellipse(obj, (x, y), (r, int(r * rng.uniform(0.3, 1))), rng.uniform(0, 180), 0, 360, 1.0, -1, cv2.LINE_AA)
        shade = (1 + 0.4 * smooth_noise(rng, h, w, 3))[..., None]
        img = img * (1 - obj[..., None]) + obj[..., None] * np.clip(col * shade, 0, 1)
    if rng.uniform() < 0.3:
        head = np.zeros((h, w), np.float32)
        cx, cy, a = rng.uniform(0.2, 0.8) * w, rng.uniform(-0.3, 0.3) * h, rng.uniform(0.15, 0.3) * w
        clothes = garment_mask(rng, h, w, cx, cy, a, a * 1.2, head)
        cl = garment(rng, h, w, cx, cy, a, a * 1.2, ss, backdrop(rng, h, w, split))
        img = img * (1 - clothes[..., None]) + cl * clothes[..., None]
    skin = np.zeros((h, w), np.float32)
    if rng.uniform() < 0.3:
        add_hand(rng, skin, h, w)
        fitz = int(rng.integers(1, 7))
        hand = skin_layer(rng, h, w, ss * 0.5, fitz, None, pore_px=0.8, scalp=False)
        img = img * (1 - skin[..., None]) + hand * skin[..., None]
    return img, np.zeros((h, w), np.float32), skin, {"kind": "nohair"}


RENDERERS = {"topdown": render_topdown, "oblique": render_oblique, "dermoscopy": render_dermoscopy,
             "nohair": render_nohair}


def render(seed: int, kind: str | None = None, size=(384, 384), ss: int = 2, force=None, apply_camera=True):
    """One synthetic sample. Returns (image uint8 HxWx3 RGB, label uint8 HxWx3, meta dict)."""
    rng = np.random.default_rng(seed)
    if kind is None:
        kind = str(rng.choice(KINDS, p=KIND_WEIGHTS))
    W, H = size
    img, hair, region, meta = RENDERERS[kind](rng, W, H, ss, force)
    img_o = area_down(np.clip(img, 0, 1.5).astype(np.float32), W, H)
    fractions = label_fractions(hair, region, W, H)
    hair_o = fractions[..., 0]
    label = pack_label(hair_o, fractions[..., 1], fractions[..., 2])
    image = camera(rng, img_o, force) if apply_camera else to_uint8(np.clip(img_o, 0, 1))
    meta.update({"seed": int(seed), "hairPct": float(hair_o.mean() * 100)})
    return image, label, meta
