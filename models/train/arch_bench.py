"""Measures candidate architectures the way they will be used: PyTorch training step time on
this CPU (forward + backward + AdamW on a batch of crops) and onnxruntime-web inference time
per 512x512 tile (wasm, Node, via ort_check.mjs). Prints one row per arch; writes JSON.

Run: /usr/bin/python3 models/train/arch_bench.py [--archs base,s2d] [--bs 16 --crop 192]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.model import ARCHS, build, count_params  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def train_step_s(name: str, bs: int, crop: int, threads: int, steps: int = 6) -> float:
    torch.set_num_threads(threads)
    m = build(name).to(memory_format=torch.channels_last)
    opt = torch.optim.AdamW(m.parameters(), 1e-3)
    x = torch.randn(bs, 3, crop, crop).contiguous(memory_format=torch.channels_last)
    y = torch.randint(0, 3, (bs, crop, crop))
    times = []
    for _ in range(steps):
        t = time.time()
        loss = F.cross_entropy(m(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        times.append(time.time() - t)
    return sorted(times[1:])[len(times[1:]) // 2]


def ort_ms(name: str, size: int) -> dict:
    m = build(name).eval()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, f"{name}.onnx")
        torch.onnx.export(m, torch.zeros(1, 3, size, size), path, input_names=["image"], output_names=["logits"],
                          opset_version=17, dynamic_axes={"image": {2: "h", 3: "w"}, "logits": {2: "h", 3: "w"}})
        out = subprocess.run(["node", os.path.join(HERE, "ort_check.mjs"), path, str(size), "1"],
                             capture_output=True, text=True, cwd=ROOT, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        res["bytes"] = os.path.getsize(path)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--archs", default=",".join(a for a in ARCHS if a != "tiny"))
    ap.add_argument("--bs", type=int, default=16)
    ap.add_argument("--crop", type=int, default=192)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", default=os.path.join(HERE, "..", ".cache", "arch_bench.json"))
    args = ap.parse_args()
    rows = []
    print(f"{'arch':8s} {'params':>8s} {'train s/step':>12s} {'ort min ms':>10s} {'ort med ms':>10s} {'KB':>6s}")
    for name in args.archs.split(","):
        n = count_params(build(name))
        st = train_step_s(name, args.bs, args.crop, args.threads)
        o = ort_ms(name, 512)
        row = {"arch": name, "params": n, "trainStepS": round(st, 3), "ortMinMs": round(o["minMs"], 1),
               "ortMedianMs": round(o["medianMs"], 1), "onnxBytes": o["bytes"], "bs": args.bs, "crop": args.crop}
        rows.append(row)
        print(f"{name:8s} {n:8d} {st:12.3f} {o['minMs']:10.1f} {o['medianMs']:10.1f} {o['bytes'] / 1024:6.0f}", flush=True)
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
