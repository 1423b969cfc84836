"""Exports a checkpoint to public/models/hairseg.onnx + hairseg.json (docs/CONTRACTS.md).

Also writes a reference input/output pair (models/.cache/export_ref_{in,out}.bin, float32) from
PyTorch so the export can be checked in onnxruntime-web:
  node models/train/ort_check.mjs public/models/hairseg.onnx 512 1 \
       models/.cache/export_ref_out.bin models/.cache/export_ref_in.bin

Run: /usr/bin/python3 models/train/export.py [--ckpt models/checkpoints/hairseg-lite.pt]
(needs the validation set: /usr/bin/python3 models/synth/make_eval.py --count 12 --seed-base 8000000 --out models/.cache/val)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys

import cv2
import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.evaluate import (  # noqa: E402
    HairThresholdSearch, coverage_pct, iter_samples, label_planes, load_model, predict, uncertain_pct,
)
from train.model import CLASSES, MEAN, STD, HairSegBlocked, build, count_params  # noqa: E402
from synth.followups import render_pair  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
VERSION = "hairseg-0.2.2"
VAL_DIR = os.path.join(HERE, "..", ".cache", "val")


def change_errors(model, pairs: int) -> list[float]:
    """|measured - true| change in coverage over follow-up pairs (synth/followups.py, seeds
    8,500,000+): the same scalp at two visits, with more, less or the same hair."""
    errs = []
    for k in range(pairs):
        (a, la), (b, lb), _ = render_pair(k)
        true = coverage_pct(label_planes(lb)) - coverage_pct(label_planes(la))
        measured = coverage_pct(predict(model, b)) - coverage_pct(predict(model, a))
        errs.append(abs(measured - true))
    return errs


def quality_block(model, val_dir: str, pairs: int = 90) -> dict:
    """Calibration for src/analysis/worker/readingQuality.ts, on the validation set (seeds
    8,000,000+: neither training nor eval). P90 of the coverage error says how far one reading
    typically is off; P95 of the undecided-pixel share flags photos less clear than 95 % of the
    validation photos. The hair threshold is the probability cut with the best pooled hair IoU
    there: masks (app, `npm run segment`) and the eval's IoU use it."""
    errs, unc = [], []
    search = HairThresholdSearch()
    for _, _, rgb, lab in iter_samples(val_dir):
        p = predict(model, rgb)
        errs.append(abs(coverage_pct(p) - coverage_pct(lab)))
        unc.append(uncertain_pct(p))
        search.add(p, lab)
    thr, ious = search.best()
    print("validation hair IoU by threshold: " + ", ".join(f"{t}: {v:.4f}" for t, v in ious.items()))
    change = change_errors(model, pairs)
    print(f"follow-up pairs: change error mean {np.mean(change):.2f} pp, p90 {np.percentile(change, 90):.2f} pp "
          f"(single readings on validation: p90 {np.percentile(errs, 90):.2f} pp)")
    return {
        "coverageErrorP90Pp": round(float(np.percentile(errs, 90)), 2),
        "uncertainPctWarn": round(float(np.percentile(unc, 95)), 2),
        "hairThreshold": thr,
        "changeErrorP90Pp": round(float(np.percentile(change, 90)), 2),
        "measuredOn": (f"{len(errs)} held-out synthetic validation images (models/synth, seeds 8000000+) and "
                       f"{pairs} follow-up pairs (models/synth/followups.py, seeds 8500000+), PyTorch"),
    }
OPSET = 17


def check_blocked(graph: HairSegBlocked) -> None:
    """The export graph must be the trained function: pixel-shuffled logits equal model(x)."""
    diff = graph.max_diff(torch.randn(2, 3, 256, 320, generator=torch.Generator().manual_seed(0)) * 2)
    if diff > 1e-4:
        raise SystemExit(f"blocked export graph differs from the model by {diff:g}")
    print(f"blocked graph vs model: max |logit diff| {diff:.2e}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "..", "checkpoints", "hairseg-lite.pt"))
    ap.add_argument("--val", default=VAL_DIR, help="validation set (make_eval.py --seed-base 8000000)")
    ap.add_argument("--out", default=os.path.join(ROOT, "public", "models"))
    ap.add_argument("--version", default=VERSION)
    args = ap.parse_args()
    model, st = load_model(args.ckpt)
    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "hairseg.onnx")
    graph = HairSegBlocked(model).eval()
    block = graph.block
    check_blocked(graph)
    x = torch.zeros(1, 3 * block * block, 512 // block, 512 // block)
    torch.onnx.export(
        graph, x, onnx_path, input_names=["image"], output_names=["logits"], opset_version=OPSET,
        dynamic_axes={"image": {2: "height", 3: "width"}, "logits": {2: "height", 3: "width"}},
        do_constant_folding=True,
        # torch 2.x (a GPU machine's) defaults to the dynamo exporter, a different graph from the
        # one the app and this card were checked with; torch 1.13 has only the TorchScript one.
        **({"dynamo": False} if int(torch.__version__.split(".")[0]) >= 2 else {}),
    )
    data = open(onnx_path, "rb").read()
    sha = hashlib.sha256(data).hexdigest()
    meta = {
        "name": "hairseg",
        "version": args.version,
        "sha256": sha,
        "opset": OPSET,
        "inputSize": 512,
        "pixelBlock": block,
        "mean": MEAN,
        "std": STD,
        "classes": CLASSES,
        "trainedOn": (
            f"synthetic scalp photos (models/synth, seeds 1000000+, {st.get('data_images')} images 384x384, arch {st.get('arch')}, "
            f"{st.get('step')} steps of {st.get('bs')}x{st.get('crop')}^2 crops)"
        ),
        "params": count_params(model),
        "bytes": len(data),
    }
    if os.path.exists(os.path.join(args.val, "subsets.json")):
        meta["quality"] = quality_block(model, args.val)
    else:
        print(f"no validation set at {args.val}: card written without a quality block", file=sys.stderr)
    with open(os.path.join(args.out, "hairseg.json"), "w") as f:
        json.dump(meta, f, indent=2)
        f.write("\n")
    # Reference pair from a real eval image (normalised exactly like the app does).
    cache = os.path.join(HERE, "..", ".cache")
    os.makedirs(cache, exist_ok=True)
    ev = os.path.join(HERE, "..", "eval")
    img = None
    for root, _, files in sorted(os.walk(ev)):
        for fn in sorted(files):
            if fn.endswith(".jpg"):
                img = cv2.cvtColor(cv2.imread(os.path.join(root, fn)), cv2.COLOR_BGR2RGB)
                break
        if img is not None:
            break
    if img is None:
        img = (np.random.default_rng(0).uniform(0, 255, (512, 512, 3))).astype(np.uint8)
    img = cv2.resize(img, (512, 512))
    t = torch.from_numpy(img).permute(2, 0, 1)[None].float() / 255.0
    t = (t - torch.tensor(MEAN).view(1, 3, 1, 1)) / torch.tensor(STD).view(1, 3, 1, 1)
    # In the graph's own (blocked) layout, so ort_check.mjs compares tensors directly.
    with torch.no_grad():
        p = nn.functional.pixel_unshuffle(t, block)
        out = graph(p)
    p.numpy().astype(np.float32).tofile(os.path.join(cache, "export_ref_in.bin"))
    out.numpy().astype(np.float32).tofile(os.path.join(cache, "export_ref_out.bin"))
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
