"""The export graph's pixel-block layout in numpy (docs/CONTRACTS.md, `pixelBlock`).

Kept apart from quantize.py so it can be used and tested without python3-onnx.
"""

from __future__ import annotations

import numpy as np


def pixel_unshuffle(x: np.ndarray, block: int) -> np.ndarray:
    """[3,H,W] -> [3*b*b, H/b, W/b], channel c*b*b + dy*b + dx (PyTorch's PixelUnshuffle)."""
    c, h, w = x.shape
    x = x.reshape(c, h // block, block, w // block, block).transpose(0, 2, 4, 1, 3)
    return x.reshape(c * block * block, h // block, w // block)
