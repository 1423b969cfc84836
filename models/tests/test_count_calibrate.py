"""The hair counter's calibration: the fit recovers a known surface, and the Python formula and
the app's (src/analysis/worker/hairCountCalibration.ts) agree on coefficients, ranges and cases."""

import math
import os
import re
import sys
import unittest

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train import count_calibrate as cc  # noqa: E402

TS = os.path.join(os.path.dirname(__file__), "..", "..", "src", "analysis", "worker", "hairCountCalibration.ts")


def ts_numbers(name: str) -> list[float]:
    src = open(TS).read()
    m = re.search(name + r" = \[([^\]]*)\]", src)
    return [float(v) for v in m.group(1).split(",") if v.strip()]


def image(rule: int, width: float, length_diagonals: float, w: int = 2048, h: int = 1536) -> dict:
    diag = math.hypot(w, h)
    return {"rule": {"hairs": rule}, "analysisWidthPx": w, "analysisHeightPx": h, "shaftWidthPx": width,
            "hairAreaPx": width * length_diagonals * diag}


class CountCalibrateTest(unittest.TestCase):
    def test_fit_recovers_a_known_surface(self):
        rng = np.random.default_rng(3)
        true = np.array([2.0, 0.4, 0.3, 0.5, 0.1])
        images = []
        for _ in range(400):
            im = image(int(rng.integers(1, 40)), float(rng.uniform(8, 60)), float(rng.uniform(0.3, 8)))
            x = cc.features(im, clamp=False)
            im["truth"] = float(np.expm1(x @ true))  # exact, unrounded: the fit must find `true`
            images.append(im)
        np.testing.assert_allclose(cc.fit(images), true, atol=1e-6)

    def test_matches_the_app(self):
        coef = np.array(ts_numbers("COEFFICIENTS"))
        self.assertEqual(list(cc.LL_RANGE), ts_numbers("LL_RANGE"))
        self.assertEqual(list(cc.LW_RANGE), ts_numbers("LW_RANGE"))
        # The cases of tests/analysis/hairCountCalibration.test.ts.
        self.assertEqual(cc.calibrated(coef, image(10, 40, 2.5)), 8)
        self.assertEqual(cc.calibrated(coef, image(10, 4, 2.5)), 5)
        self.assertEqual(cc.calibrated(coef, image(0, 40, 2.5)), 0)
        self.assertIsNone(cc.calibrated(coef, {"rule": {"reason": "too-thin"}}))


if __name__ == "__main__":
    unittest.main()
