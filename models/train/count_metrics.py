"""The hair count's error figures, shared by the counter's training (count_train.py) and the rule
count's calibration (count_calibrate.py); numpy only, so the calibration needs no PyTorch."""

from __future__ import annotations

import numpy as np


def count_errors(c: np.ndarray, t: np.ndarray) -> dict:
    """Counts against true counts (all > 0), percent: the mean and pooled relative error, the bias,
    and r, as scripts/node/hairCountEval.ts summariseCounts reports them."""
    return {
        "maePct": float(100 * np.mean(np.abs(c - t) / t)),
        "pooledErrPct": float(100 * np.abs(c - t).sum() / t.sum()),
        "biasPct": float(100 * np.mean((c - t) / t)),
        "r": float(np.corrcoef(c, t)[0, 1]) if len(t) > 2 else None,
    }
