"""Camera degradations for training crops (train.py --camera-aug P).

The generator already draws blur, noise, casts, exposure and JPEG on every scene (synth/scenes.py),
and train.py jitters gain ±20 % and contrast on every crop. A patient's phone at home goes further:
`npm run eval`'s camera table (scripts/node/camera.ts) reads the held-out photos one stop under,
two thirds of a stop over, shaken, out of focus, grainy, under tungsten light and saved again as
JPEG, and each costs the shipped model 0.9-3.8 pp of coverage. These are the same kinds of defect,
drawn over a range around them, so that the model learns to read hair through them instead of
reading the defect. The labels do not change: the hair is the same, only the photo of it is worse.

Every degradation works on a float tensor of 0..255 RGB crops (N, 3, H, W), in place of the
sample's pixels, after train.py's own jitter; each sample independently gets none (1 - p) or one
or two of them (p).
"""

from __future__ import annotations

import cv2
import numpy as np
import torch
import torch.nn.functional as F

KINDS = ("exposure", "defocus", "motion", "noise", "jpeg", "cast")


def _gaussian_kernel(sigma: float) -> torch.Tensor:
    radius = max(1, int(np.ceil(3 * sigma)))
    t = torch.arange(-radius, radius + 1, dtype=torch.float32)
    k = torch.exp(-0.5 * (t / sigma) ** 2)
    return k / k.sum()


def _filter(img: torch.Tensor, kernel: torch.Tensor) -> torch.Tensor:
    """Convolves a (3, H, W) image with a 2-D kernel, each channel alike, edges replicated."""
    kh, kw = kernel.shape
    x = F.pad(img[None], (kw // 2, kw // 2, kh // 2, kh // 2), mode="replicate")
    w = kernel[None, None].expand(3, 1, kh, kw)
    return F.conv2d(x, w, groups=3)[0]


def exposure(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    # One and a half stops under to three quarters of a stop over, on the stored values (as the
    # eval's table scales them); what goes past white clips.
    return (img * float(np.exp(rng.uniform(np.log(0.45), np.log(1.75))))).clamp(0, 255)


def defocus(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    k = _gaussian_kernel(float(rng.uniform(0.6, 1.8)))
    return _filter(img, k[:, None] * k[None, :])


def motion(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    # A straight shake of 3-11 px in one of four directions (crops are also flipped and turned).
    n = int(rng.integers(1, 6)) * 2 + 1
    k = torch.zeros(n, n)
    direction = int(rng.integers(0, 4))
    idx = torch.arange(n)
    if direction == 0:
        k[n // 2, :] = 1
    elif direction == 1:
        k[:, n // 2] = 1
    elif direction == 2:
        k[idx, idx] = 1
    else:
        k[idx, n - 1 - idx] = 1
    return _filter(img, k / k.sum())


def noise(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    # Luma noise, the same on all channels, as a small sensor in dim light gives it.
    sigma = float(rng.uniform(3, 13))
    n = torch.from_numpy(rng.normal(0, sigma, img.shape[1:]).astype(np.float32))
    return (img + n[None]).clamp(0, 255)


def jpeg(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    quality = int(rng.integers(15, 61))
    rgb = img.clamp(0, 255).round().byte().permute(1, 2, 0).numpy()
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        return img
    back = cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    return torch.from_numpy(back).permute(2, 0, 1).float()


def cast(rng: np.random.Generator, img: torch.Tensor) -> torch.Tensor:
    # Tungsten (warm) or shade/LED (cool) light left uncorrected, up to past the eval's warm row.
    t = float(rng.uniform(0.3, 1.3)) * (1 if rng.uniform() < 0.6 else -1)
    gains = torch.tensor([1 + 0.15 * t, 1.0, 1 - 0.25 * t]).clamp(0.5, 1.6).view(3, 1, 1)
    return (img * gains).clamp(0, 255)


OPS = {"exposure": exposure, "defocus": defocus, "motion": motion, "noise": noise, "jpeg": jpeg, "cast": cast}
# Optics and motion act before the sensor, which adds noise; the file is written last.
ORDER = {"defocus": 0, "motion": 0, "exposure": 1, "cast": 1, "noise": 2, "jpeg": 3}


def degrade(rng: np.random.Generator, x: torch.Tensor, p: float) -> tuple[torch.Tensor, list[list[str]]]:
    """Returns the batch with each sample degraded with probability p, and what each one got."""
    applied: list[list[str]] = []
    if p <= 0:
        return x, [[] for _ in range(x.shape[0])]
    out = x.clone()
    for i in range(x.shape[0]):
        kinds: list[str] = []
        if rng.uniform() < p:
            count = 1 if rng.uniform() < 0.7 else 2
            kinds = [KINDS[j] for j in rng.choice(len(KINDS), size=count, replace=False)]
            for kind in sorted(kinds, key=ORDER.__getitem__):
                out[i] = OPS[kind](rng, out[i])
        applied.append(kinds)
    return out, applied
