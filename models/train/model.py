"""Hair / skin / background segmentation networks, built for onnxruntime-web (wasm) speed.

`HairSegS2D` ("lite", hairseg-0.2.x). hairseg-0.1.x was a stride-4 encoder with a thin
full-resolution refinement (git history: models/train/model.py before 0.2.0); 0.2 keeps the idea
of "coarse context + per-pixel decision" without any full-resolution layer. The head runs at
1/4 resolution on the context features concatenated with the space-to-depth of the input (every
4x4 patch's 48 raw values) and predicts all 16 pixels of the patch at once (48 = 3 classes x 16
positions); a depth-to-space turns that into full-resolution logits. Measured
(models/train/arch_bench.py): full-resolution tensors were most of the wasm time, so moving the
per-pixel decision into the 1/4-res head buys capacity at the same cost. A 1/32 stage widens the
receptive field (whole-head context: hair vs. a fur-like backdrop).

Input: float32 [N,3,H,W] RGB, (x/255 - MEAN) / STD, H and W multiples of 32.
Output: logits [N,3,H,W] for classes CLASSES.
Exported as `HairSegBlocked`: the same function on 4x4 pixel blocks (input [N,48,H/4,W/4],
output [N,48,H/4,W/4]); the app does the rearrangement.
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


class Lift(nn.Module):
    """1x1 conv at the coarse scale, then bilinear x2: 4x fewer MACs than a transposed conv."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        self.proj = nn.Sequential(nn.Conv2d(cin, cout, 1, bias=False), nn.BatchNorm2d(cout))
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.up(self.proj(x))


class HairSegS2D(nn.Module):
    """Encoder 1/4 -> 1/32, decoder back to 1/4, per-patch head predicting 4x4 pixels each.

    upsample="bilinear" (Lift) is what ships; "convT" (2x2 transposed convs) was measured
    slower in wasm for the same channels (models/train/arch_bench.py).
    """

    def __init__(self, c=(16, 32, 48, 64), head=(32,), b1: bool = False, m1: bool = False,
                 upsample: str = "bilinear", neighbours: bool = False):
        super().__init__()
        c0, c1, c2, c3 = c
        self.s2d = nn.PixelUnshuffle(4)
        self.stem = cbr(48, c0, 1)  # == a 4x4 stride-4 conv, but shares the s2d with the head
        self.b1 = cbr(c0, c0) if b1 else nn.Identity()
        self.d2 = cbr(c0, c1, 2, 2)  # 1/8
        self.b2 = cbr(c1, c1)
        self.d3 = cbr(c1, c2, 2, 2)  # 1/16
        self.b3a = cbr(c2, c2, d=2)
        self.b3b = cbr(c2, c2)
        self.d4 = cbr(c2, c3, 2, 2)  # 1/32
        self.b4a = cbr(c3, c3, d=2)
        self.b4b = cbr(c3, c3)
        lift = Lift if upsample == "bilinear" else (lambda cin, cout: up(cin, cout, 2))
        self.u3 = lift(c3, c2)  # 1/16
        self.m3 = cbr(c2, c2)
        self.u2 = lift(c2, c1)  # 1/8
        self.m2 = cbr(c1, c1)
        self.u1 = lift(c1, c0)  # 1/4
        self.m1 = cbr(c0, c0) if m1 else nn.ReLU()
        layers, cin = [], c0 + 48
        for hc in head:
            layers += [nn.Conv2d(cin, hc, 1), nn.ReLU(inplace=True)]
            cin = hc
        self.head = nn.Sequential(*layers, nn.Conv2d(cin, 48, 1))
        # The head's own view of the raw pixels is its 4x4 block alone, so a strand crossing a
        # block edge is placed from coarse context on one side. `neighbours` adds a 3x3 conv on
        # the raw blocks (each block's 8 neighbours) into the head's hidden layer.
        self.nb = nn.Conv2d(48, head[0], 3, padding=1, bias=False) if neighbours else None
        self.d2s = nn.PixelShuffle(4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.s2d(x)
        h = torch.cat([self.context(p), p], 1)
        if self.nb is None:
            return self.d2s(self.head(h))
        return self.d2s(self.head[1:](self.head[0](h) + self.nb(p)))

    def context(self, p: torch.Tensor) -> torch.Tensor:
        """Encoder-decoder on the space-to-depth input: context features at 1/4 resolution."""
        e1 = self.b1(self.stem(p))
        e2 = self.b2(self.d2(e1))
        e3 = self.b3b(self.b3a(self.d3(e2)))
        e4 = self.b4b(self.b4a(self.d4(e3)))
        m3 = self.m3(self.u3(e4) + e3)
        m2 = self.m2(self.u2(m3) + e2)
        return self.m1(self.u1(m2) + e1)


class HairSegBlocked(nn.Module):
    """The export graph of a trained HairSegS2D: the same function without its first and last op.

    Input and output are "pixel-blocked" (card field `pixelBlock` = 4, docs/CONTRACTS.md): the
    app lays out each 4x4 block as 48 channels while it normalises the tile, and reads the 48
    logit channels back while it blends, so the graph skips two full-resolution copies
    (space-to-depth and depth-to-space: 3.2 of 24 ms per 512^2 tile in onnxruntime-web wasm).
    The first head conv on concat(context, raw) becomes the sum of two convs, which drops the
    concat's copy too. Same weights; logits equal to float rounding (export.py checks it).
    """

    block = 4

    def __init__(self, net: HairSegS2D):
        super().__init__()
        self.net = net
        first = net.head[0]
        ctx = first.in_channels - 48
        self.head_ctx = nn.Conv2d(ctx, first.out_channels, 1)
        self.head_raw = nn.Conv2d(48, first.out_channels, 1, bias=False)
        with torch.no_grad():
            self.head_ctx.weight.copy_(first.weight[:, :ctx])
            self.head_ctx.bias.copy_(first.bias)
            self.head_raw.weight.copy_(first.weight[:, ctx:])
        self.head_rest = net.head[1:]

    def forward(self, p: torch.Tensor) -> torch.Tensor:
        h = self.head_raw(p) + self.head_ctx(self.net.context(p))
        return self.head_rest(h if self.net.nb is None else h + self.net.nb(p))

    def max_diff(self, x: torch.Tensor) -> float:
        """Largest |logit| difference between this graph, pixel-shuffled back, and the trained
        model on `x`: zero up to float rounding when the export is the same function."""
        with torch.no_grad():
            full = self.net(x)
            blocked = nn.functional.pixel_shuffle(self(nn.functional.pixel_unshuffle(x, self.block)), self.block)
        return float((full - blocked).abs().max())


# Measured on this 2-core machine (arch_bench.py: torch train step of 16x192^2, ort wasm 1 thread
# per 512^2 tile, min of 15): hairseg-0.1's net 0.25 s / 26.9 ms; s2d-s 0.09 s / 28.5 ms; s2d-a 0.11 s / 29.8 ms;
# lite 0.04 s / 22.4 ms; lite-m1 / 26.8 ms; lite-w / 27.3 ms; lite-h / 25.0 ms. "lite" ships.
ARCHS = {
    "tiny": lambda: HairSegS2D(c=(8, 16, 24, 32), head=(16,)),
    "s2d-s": lambda: HairSegS2D(c=(16, 32, 48, 64), head=(48, 48), m1=True, upsample="convT"),
    "s2d-a": lambda: HairSegS2D(c=(16, 32, 64, 96), head=(32,), m1=True, upsample="convT"),
    "lite": lambda: HairSegS2D(),
    "lite-m1": lambda: HairSegS2D(m1=True),
    "lite-w": lambda: HairSegS2D(c=(16, 32, 64, 96)),
    "lite-h": lambda: HairSegS2D(head=(48, 32)),
    # A capacity probe (grow_head.py: lite's head made 3x wider, same function), not a candidate.
    "lite-hx3": lambda: HairSegS2D(head=(96,)),
    # A probe (grow_head.py --neighbours: lite plus a zero 3x3 view of the neighbouring blocks).
    "lite-nb": lambda: HairSegS2D(neighbours=True),
}


def build(name: str = "lite") -> nn.Module:
    if name not in ARCHS:
        raise SystemExit(f"unknown arch {name!r}; one of {sorted(ARCHS)}")
    return ARCHS[name]()


def count_params(m: nn.Module) -> int:
    return sum(p.numel() for p in m.parameters())
