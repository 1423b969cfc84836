"""HairSegNet: a compact encoder-decoder for hair / skin / background segmentation.

Built for onnxruntime-web (wasm) speed: all heavy layers run at 1/4-1/16 resolution (the stem
is a 4x4 stride-4 patch embedding), and only a thin per-pixel refinement runs at full
resolution. The refinement sees the raw RGB, a 3x3 edge filter of it and 8 upsampled context
channels, so the coarse net can estimate "local skin/hair colour" and the full-resolution part
decides per pixel — this is what keeps 1-2 px hair edges sharp.

Input: float32 [N,3,H,W] RGB, (x/255 - MEAN) / STD, H and W multiples of 32 (16 suffices).
Output: logits [N,3,H,W] for classes CLASSES.
"""

from __future__ import annotations

import torch
from torch import nn

CLASSES = ["background", "skin", "hair"]
MEAN = [0.5, 0.5, 0.5]
STD = [0.25, 0.25, 0.25]


def cbr(cin: int, cout: int, k: int = 3, s: int = 1, d: int = 1) -> nn.Sequential:
    pad = 0 if s == k else d * (k // 2)
    return nn.Sequential(
        nn.Conv2d(cin, cout, k, s, pad, dilation=d, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)
    )


def up(cin: int, cout: int, f: int) -> nn.Sequential:
    return nn.Sequential(nn.ConvTranspose2d(cin, cout, f, f, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class HairSegNet(nn.Module):
    def __init__(self, c=(16, 32, 48), full: int = 8, edge: int = 4, b1: bool = False):
        super().__init__()
        c0, c1, c2 = c
        self.stem = cbr(3, c0, 4, 4)  # 1/4
        self.b1 = cbr(c0, c0) if b1 else nn.Identity()
        self.d2 = cbr(c0, c1, 2, 2)  # 1/8
        self.b2 = cbr(c1, c1)
        self.d3 = cbr(c1, c2, 2, 2)  # 1/16
        self.b3a = cbr(c2, c2, d=2)
        self.b3b = cbr(c2, c2)
        self.u2 = up(c2, c1, 2)  # 1/8
        self.m2 = cbr(c1, c0)
        self.u1 = up(c0, c0, 2)  # 1/4
        self.m1 = cbr(c0, c0)
        self.head = up(c0, full, 4)  # full res context
        self.edge = nn.Sequential(nn.Conv2d(3, edge, 3, 1, 1), nn.ReLU(inplace=True)) if edge else None
        self.fuse = nn.Sequential(nn.Conv2d(full + edge + 3, 8, 1), nn.ReLU(inplace=True), nn.Conv2d(8, 3, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.stem(x)
        e1 = self.b1(s)
        e2 = self.b2(self.d2(e1))
        e3 = self.b3b(self.b3a(self.d3(e2)))
        m2 = self.m2(self.u2(e3) + e2)
        m1 = self.m1(self.u1(m2) + e1)
        f = self.head(m1)
        parts = [f, self.edge(x), x] if self.edge is not None else [f, x]
        return self.fuse(torch.cat(parts, 1))


def build(name: str = "base") -> HairSegNet:
    if name == "tiny":
        return HairSegNet(c=(8, 16, 24), full=4, edge=2)
    # b1 (a 3x3 conv at 1/4 res) is off: measured ~15-20 % of wasm time for little gain.
    return HairSegNet()


def count_params(m: nn.Module) -> int:
    return sum(p.numel() for p in m.parameters())

