"""Static int8 quantisation of the exported model (QDQ format), to measure int8 against fp32.

Every Conv gets per-channel symmetric int8 weights, an int32 bias and uint8 activations on its
input and output (QuantizeLinear/DequantizeLinear pairs that onnxruntime fuses into QLinearConv).
Activation ranges come from onnxruntime-web itself (ort_calib.mjs) on validation images, so no
Python onnxruntime is needed. The rest of the graph (Relu, Add, Resize, depth-to-space) stays
float.

Run: /usr/bin/python3 models/train/quantize.py --onnx public/models/hairseg.onnx --out /tmp/hairseg-int8.onnx
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

import cv2
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.evaluate import iter_samples  # noqa: E402
from train.layout import pixel_unshuffle  # noqa: E402
from train.model import MEAN, STD  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def conv_tensors(model: onnx.ModelProto) -> list[str]:
    names = []
    for n in model.graph.node:
        if n.op_type == "Conv":
            for t in (n.input[0], n.output[0]):
                if t not in names:
                    names.append(t)
    return names


def probe_model(model: onnx.ModelProto, names: list[str]) -> onnx.ModelProto:
    m = onnx.ModelProto()
    m.CopyFrom(model)
    existing = {o.name for o in m.graph.output}
    for t in names:
        if t not in existing:
            m.graph.output.append(helper.make_tensor_value_info(t, TensorProto.FLOAT, None))
    return m


def calibration_images(val_dir: str, size: int, count: int, block: int) -> np.ndarray:
    xs = []
    for _, _, rgb, _ in iter_samples(val_dir):
        x = cv2.resize(rgb, (size, size), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
        x = ((x - np.array(MEAN, np.float32)) / np.array(STD, np.float32)).transpose(2, 0, 1)
        xs.append(pixel_unshuffle(x, block))
        if len(xs) >= count:
            break
    return np.stack(xs).astype(np.float32)


def qparams(lo: float, hi: float):
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    scale = max((hi - lo) / 255.0, 1e-8)
    zp = int(np.clip(round(-lo / scale), 0, 255))
    return np.float32(scale), np.uint8(zp)


def quantize(model: onnx.ModelProto, ranges: dict) -> onnx.ModelProto:
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes, new_inits = [], []
    qdq_of = {}  # float tensor -> its dequantised copy

    def qdq(t: str) -> str:
        if t in qdq_of:
            return qdq_of[t]
        s, zp = qparams(*ranges[t])
        sn, zn = f"{t}_qs", f"{t}_qz"
        new_inits.extend([numpy_helper.from_array(np.array(s), sn), numpy_helper.from_array(np.array(zp), zn)])
        new_nodes.append(helper.make_node("QuantizeLinear", [t, sn, zn], [f"{t}_q"]))
        new_nodes.append(helper.make_node("DequantizeLinear", [f"{t}_q", sn, zn], [f"{t}_dq"]))
        qdq_of[t] = f"{t}_dq"
        return qdq_of[t]

    out_nodes = []
    for n in g.node:
        if n.op_type != "Conv":
            out_nodes.append(n)
            continue
        x, w_name = n.input[0], n.input[1]
        w = numpy_helper.to_array(inits[w_name]).astype(np.float32)
        ws = np.maximum(np.abs(w).reshape(w.shape[0], -1).max(1) / 127.0, 1e-8).astype(np.float32)
        wq = np.clip(np.round(w / ws[:, None, None, None]), -127, 127).astype(np.int8)
        new_inits.extend([numpy_helper.from_array(wq, f"{w_name}_q"), numpy_helper.from_array(ws, f"{w_name}_s"),
                      numpy_helper.from_array(np.zeros(w.shape[0], np.int8), f"{w_name}_z")])
        new_nodes_local = [helper.make_node("DequantizeLinear", [f"{w_name}_q", f"{w_name}_s", f"{w_name}_z"],
                                            [f"{w_name}_dq"], axis=0)]
        xin = qdq(x)
        inputs = [xin, f"{w_name}_dq"]
        if len(n.input) > 2 and n.input[2]:
            b = numpy_helper.to_array(inits[n.input[2]]).astype(np.float32)
            xs, _ = qparams(*ranges[x])
            bs = (xs * ws).astype(np.float32)
            bq = np.round(b / bs).astype(np.int32)
            bn = n.input[2]
            new_inits.extend([numpy_helper.from_array(bq, f"{bn}_q"), numpy_helper.from_array(bs, f"{bn}_s"),
                          numpy_helper.from_array(np.zeros(len(b), np.int32), f"{bn}_z")])
            new_nodes_local.append(helper.make_node("DequantizeLinear", [f"{bn}_q", f"{bn}_s", f"{bn}_z"],
                                                    [f"{bn}_dq"], axis=0))
            inputs.append(f"{bn}_dq")
        raw = n.output[0] + "_raw"
        conv = helper.make_node("Conv", inputs, [raw], name=n.name)
        conv.attribute.extend(n.attribute)
        s, zp = qparams(*ranges[n.output[0]])
        on = n.output[0]
        new_inits.extend([numpy_helper.from_array(np.array(s), f"{on}_os"), numpy_helper.from_array(np.array(zp), f"{on}_oz")])
        tail = [helper.make_node("QuantizeLinear", [raw, f"{on}_os", f"{on}_oz"], [f"{on}_oq"]),
                helper.make_node("DequantizeLinear", [f"{on}_oq", f"{on}_os", f"{on}_oz"], [on])]
        out_nodes += new_nodes + new_nodes_local + [conv] + tail
        new_nodes = []
    del g.node[:]
    g.node.extend(out_nodes)
    g.initializer.extend(new_inits)
    used = {i for n in g.node for i in n.input}
    keep = [i for i in g.initializer if i.name in used]
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.checker.check_model(model)
    return model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", default=os.path.join(ROOT, "public", "models", "hairseg.onnx"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--val", default=os.path.join(HERE, "..", ".cache", "val"))
    ap.add_argument("--count", type=int, default=24)
    ap.add_argument("--size", type=int, default=448)
    args = ap.parse_args()
    model = onnx.load(args.onnx)
    card = os.path.join(os.path.dirname(args.onnx), "hairseg.json")
    block = json.load(open(card)).get("pixelBlock", 1) if os.path.exists(card) else 1
    names = conv_tensors(model)
    with tempfile.TemporaryDirectory() as d:
        probe = os.path.join(d, "probe.onnx")
        onnx.save(probe_model(model, names), probe)
        imgs = calibration_images(args.val, args.size, args.count, block)
        imgs.tofile(os.path.join(d, "calib.bin"))
        out = os.path.join(d, "ranges.json")
        subprocess.run(["node", os.path.join(HERE, "ort_calib.mjs"), probe, os.path.join(d, "calib.bin"),
                        str(len(imgs)), str(args.size), out, str(block)], check=True, cwd=ROOT)
        ranges = json.load(open(out))
    onnx.save(quantize(model, ranges), args.out)
    print(f"int8 QDQ model: {args.out} ({os.path.getsize(args.out)} bytes)")


if __name__ == "__main__":
    main()
