"""Leave-out check of the reading-error line (`npm run calibrate`, coverageErrorP90Line): is the
90th percentile of a reading's coverage error better stated as a line in its undecided-pixel
share than as one figure for every photo, on data the line was not fitted on?

Validation readings only (`npm run calibrate -- --dump models/.cache/readings.json`: both
validation sets and both visits of each follow-up pair, app code path). Each fold leaves out one
set (val E, val2 G, the follow-up visits) or one kind of scene (close-ups, oblique, the rest),
fits both bounds on the others and reports, on the left-out readings: share within the bound
(claimed 90 %), mean bound, and pinball loss (lower is better). Then the same for the *change*
error of the follow-up pairs, as a line in the pair's larger undecided share, leaving out one
kind of pair. And, on the same reading folds, the scene term (stop 21): the bound a + b ×
undecided % + c × coverage % × background % / 100 against the line alone, both fitted the same
way (b and c on 0.01 grids, a exact).

The line's fit is a grid search (0.01 steps); `npm run calibrate` solves the same problems
exactly.

Run: /usr/bin/python3 models/train/error_line_cv.py [models/.cache/readings.json]
"""

from __future__ import annotations

import json
import sys

import numpy as np

TAU = 0.9


def pinball(err: np.ndarray, bound: np.ndarray) -> float:
    d = err - bound
    return float(np.mean(np.maximum(TAU * d, (TAU - 1) * d)))


def fit_line(u: np.ndarray, err: np.ndarray) -> tuple[float, float]:
    best = (np.inf, 0.0, 0.0)
    for a in np.arange(0, 10, 0.05):
        for b in np.arange(0, 2, 0.01):
            loss = pinball(err, a + b * u)
            if loss < best[0]:
                best = (loss, a, b)
    return best[1], best[2]


def fit_plane(u: np.ndarray, z: np.ndarray, err: np.ndarray, cs: np.ndarray) -> tuple[float, float, float]:
    """a + b·u + c·z at the tau quantile: for each (b, c) on the grid the best a ≥ 0 is the
    tau quantile of what is left (clamped at 0, the loss being convex in a)."""
    bs = np.arange(0, 2, 0.01)
    best = (np.inf, 0.0, 0.0, 0.0)
    for c in cs:
        rest = err[None, :] - bs[:, None] * u[None, :] - c * z[None, :]
        a = np.maximum(0.0, np.quantile(rest, TAU, axis=1, method="inverted_cdf"))
        d = rest - a[:, None]
        loss = np.mean(np.maximum(TAU * d, (TAU - 1) * d), axis=1)
        i = int(np.argmin(loss))
        if loss[i] < best[0]:
            best = (float(loss[i]), float(a[i]), float(bs[i]), float(c))
    return best[1], best[2], best[3]


def report(name: str, err: np.ndarray, bound: np.ndarray) -> str:
    return f"{name}: within {100 * np.mean(err <= bound):3.0f} %, mean bound {bound.mean():5.1f} pp, pinball {pinball(err, bound):.2f}"


def kind_of(r: dict) -> str:
    g = r["group"]
    return "close-up" if g == "dermoscopy" else "oblique" if g.startswith("oblique") else "other"


def main() -> None:
    rows = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "models/.cache/readings.json"))
    err = np.array([abs(r["readPct"] - r["truthPct"]) for r in rows])
    u = np.array([r["uncertainPct"] for r in rows])
    a, b = fit_line(u, err)
    print(f"{len(rows)} readings; line on all: {a:.2f} + {b:.2f} x undecided %")
    folds = [(f"set {s.split('/')[-1]}", np.array([r["set"] == s for r in rows])) for s in sorted({r["set"] for r in rows})]
    folds += [(f"kind {k}", np.array([kind_of(r) == k for r in rows])) for k in ("close-up", "oblique", "other")]
    for name, out in folds:
        a, b = fit_line(u[~out], err[~out])
        single = np.percentile(err[~out], 90)
        print(f"left out {name} (n {out.sum()}): "
              + report("line", err[out], a + b * u[out]) + " | "
              + report("single", err[out], np.full(out.sum(), single)))
    z = np.array([r["readPct"] * r["backgroundPct"] / 100 for r in rows])
    cs = np.arange(0, 3, 0.01)
    a, b, c = fit_plane(u, z, err, cs)
    print(f"scene term on all: {a:.2f} + {b:.2f} x undecided % + {c:.2f} x coverage % x background % / 100")
    for name, out in folds:
        la, lb, _ = fit_plane(u[~out], z[~out], err[~out], np.zeros(1))
        a, b, c = fit_plane(u[~out], z[~out], err[~out], cs)
        print(f"left out {name} (n {out.sum()}): "
              + report("line", err[out], la + lb * u[out]) + " | "
              + report("line + scene term", err[out], a + b * u[out] + c * z[out]))
    pairs = {}
    for r in rows:
        if "followups" in r["set"]:
            pairs.setdefault((r["group"], r["id"][:-1]), {})[r["id"][-1]] = r
    kinds = np.array([g for (g, _), p in pairs.items() if len(p) == 2])
    ps = [p for p in pairs.values() if len(p) == 2]
    perr = np.array([abs(p["b"]["readPct"] - p["a"]["readPct"] - (p["b"]["truthPct"] - p["a"]["truthPct"])) for p in ps])
    pu = np.array([max(p["a"]["uncertainPct"], p["b"]["uncertainPct"]) for p in ps])
    for k in sorted(set(kinds)):
        out = kinds == k
        a, b = fit_line(pu[~out], perr[~out])
        single = np.percentile(perr[~out], 90)
        print(f"change, left out {k} pairs (n {out.sum()}): "
              + report("line", perr[out], a + b * pu[out]) + " | "
              + report("single", perr[out], np.full(out.sum(), single)))


if __name__ == "__main__":
    main()
