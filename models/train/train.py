"""Trains HairSegNet on the pre-generated shards in models/.cache/train (see synth/make_train.py).

Time-budgeted: the cosine learning-rate schedule runs over `--minutes` of wall time, so a run
ends on time on a shared CPU. Checkpoints (model + optimiser + elapsed time + step) are written
atomically every `--ckpt-every` steps to `--ckpt`; `--resume` continues a run where it stopped
(same schedule), `--minutes` may be raised on resume to train longer.

Loss: soft-label cross-entropy (labels are per-pixel class fractions) + 0.5 x (1 - soft IoU of
the hair channel) + 2 x |predicted - true hair coverage of the scalp| per crop (the figure the
app reports; without it the soft sums regress to the mean: over on bald, under on dense scalp).

Examples:
  /usr/bin/python3 models/train/train.py --tiny --minutes 3            # smoke run, a few minutes
  nohup /usr/bin/python3 models/train/train.py --minutes 75 > models/.cache/train.log 2>&1 &
  /usr/bin/python3 models/train/train.py --resume --minutes 120       # continue a stopped run
  /usr/bin/python3 models/train/train.py --init models/checkpoints/hairseg-lite.pt \
      --ckpt models/checkpoints/hairseg-lite-ft.pt --lr 1.5e-3 --minutes 100  # warm restart

`--init` starts a new schedule (fresh optimiser, warm-up, cosine) from another checkpoint's EMA
weights: a second run over more data after the first one's learning rate has decayed.

On a GPU (`--device cuda`, or `auto` where one is found) the crops are cut on the CPU as here and
everything after (zoom, flips, jitter, the network) runs on the GPU, with bf16 autocast for the
network, while a thread prepares the next batches. `models/train/device_train.sh` is the prepared
command for the `device` tool's GPU machine (data generated there, shards picked up as they land).
On the CPU the run is what it was: same random draws, same float ops.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import math
import os
import queue
import re
import sys
import threading
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.camera_aug import degrade  # noqa: E402
from train.ckpt import load_ckpt, save_ckpt  # noqa: E402
from train.model import MEAN, STD, build, count_params  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, "..", ".cache", "train")


def shard_files(cache: str, spec: str | None = None) -> list[str]:
    """Shard files in `cache`; `spec` keeps only some indices, e.g. "28-39" or "0-3,30"."""
    # Exactly shard-NNN.npz: make_train.py writes shard-NNN.npz.tmp.npz first, which a run that
    # reloads while the generator works must not read half-written.
    files = sorted(f for f in glob.glob(os.path.join(cache, "shard-*.npz"))
                   if re.fullmatch(r"shard-\d{3}\.npz", os.path.basename(f)))
    if not spec:
        return files
    keep: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        keep.update(range(int(lo), int(hi or lo) + 1))
    return [f for f in files if int(os.path.basename(f)[6:9]) in keep]


def shard_keep(f: str, drop_kinds: frozenset[str]) -> np.ndarray:
    """Which images of a shard to train on: all but those whose scene kind (the shard's JSON
    sidecar, written by make_train.py) is in `drop_kinds`."""
    with open(f + ".json") as fh:
        kinds = [m.get("kind") for m in json.load(fh)]
    return np.array([k not in drop_kinds for k in kinds], bool)


def load_shards(cache: str, spec: str | None = None, drop_kinds: frozenset[str] = frozenset()):
    """All shards in one preallocated pair of arrays: peak memory is the data plus one shard
    (9,000 384² images are 8 GB; concatenating lists of shards needed twice that)."""
    files = shard_files(cache, spec)
    if not files:
        raise SystemExit(f"no shards in {cache}; run models/synth/make_train.py first")
    keeps = []
    for f in files:
        with np.load(f) as d:
            n = d["seeds"].shape[0]
        keeps.append(shard_keep(f, drop_kinds) if drop_kinds else np.ones(n, bool))
    total = int(sum(k.sum() for k in keeps))
    ims = labs = None
    at = 0
    for f, keep in zip(files, keeps):
        n = int(keep.sum())
        with np.load(f) as d:
            im, lab = d["images"], d["labels"]
            if ims is None:
                ims = np.empty((total,) + im.shape[1:], im.dtype)
                labs = np.empty((total,) + lab.shape[1:], lab.dtype)
            ims[at:at + n] = im[keep]
            labs[at:at + n] = lab[keep]
        at += n
    return ims, labs, files


def add_new_shards(ims, labs, files, cache: str, spec: str | None, drop_kinds: frozenset[str]):
    """`ims`/`labs` with the shards that appeared in `cache` since `files` were loaded (a generator
    still writing them): only the new ones are read, so a reload costs the new data, not all of
    it. Peak memory is the old arrays twice plus the new ones."""
    loaded = set(files)
    new = [f for f in shard_files(cache, spec) if f not in loaded]
    if not new:
        return ims, labs, files
    spec_new = ",".join(os.path.basename(f)[6:9] for f in new)
    more_ims, more_labs, _ = load_shards(cache, spec_new, drop_kinds)
    return np.concatenate([ims, more_ims]), np.concatenate([labs, more_labs]), files + new


def normalise(x_u8: torch.Tensor) -> torch.Tensor:
    mean = torch.tensor(MEAN, device=x_u8.device).view(1, 3, 1, 1)
    std = torch.tensor(STD, device=x_u8.device).view(1, 3, 1, 1)
    return (x_u8.float() / 255.0 - mean) / std


DEFAULT_SCALE = (0.6, 1.5)


def batch(rng: np.random.Generator, ims, labs, bs: int, crop: int, scale: tuple[float, float] = DEFAULT_SCALE,
          camera_p: float = 0.0, device: torch.device | str = "cpu"):
    """One batch of crops, normalised, on `device`. The random draws do not depend on the device.
    The camera degradations run on the CPU (JPEG goes through OpenCV), so with them the batch moves
    to the device at the end, else right after the crops are cut."""
    n, h, w = ims.shape[:3]
    early = torch.device(device) if camera_p <= 0 else torch.device("cpu")
    idx = rng.integers(0, n, bs)
    # Random scale per batch: crop a window `s` times the crop and resize it to the crop, so the
    # image is zoomed by 1/s. Where the window would outgrow the image, the batch uses a smaller
    # crop instead (still a multiple of 32), so strong zoom-outs stay possible.
    s = float(np.exp(rng.uniform(np.log(scale[0]), np.log(scale[1]))))
    if crop * s > min(h, w):
        crop = max(64, int(min(h, w) / s) // 32 * 32)
    win = int(min(h, w, round(crop * s)))
    xs, ys = [], []
    for i in idx:
        y0 = rng.integers(0, h - win + 1)
        x0 = rng.integers(0, w - win + 1)
        xs.append(ims[i, y0:y0 + win, x0:x0 + win])
        ys.append(labs[i, y0:y0 + win, x0:x0 + win])
    x = torch.from_numpy(np.stack(xs)).to(early).permute(0, 3, 1, 2).float()
    y = torch.from_numpy(np.stack(ys)).to(early).permute(0, 3, 1, 2).float() / 255.0
    if win != crop:
        mode = "area" if win > crop else "bilinear"
        kw = {} if mode == "area" else {"align_corners": False}
        x = F.interpolate(x, size=(crop, crop), mode=mode, **kw)
        y = F.interpolate(y, size=(crop, crop), mode=mode, **kw)
    if rng.uniform() < 0.5:
        x, y = x.flip(3), y.flip(3)
    k = int(rng.integers(0, 4))
    if k:
        x, y = torch.rot90(x, k, (2, 3)), torch.rot90(y, k, (2, 3))
    # Photometric jitter per sample (brightness, contrast, per-channel gain) so colour alone is
    # not a shortcut; occasional grayscale.
    g = torch.from_numpy(rng.uniform(0.8, 1.2, (bs, 3, 1, 1))).float().to(early)
    b = torch.from_numpy(rng.uniform(-20, 20, (bs, 1, 1, 1))).float().to(early)
    c = torch.from_numpy(rng.uniform(0.75, 1.3, (bs, 1, 1, 1))).float().to(early)
    m = x.mean((1, 2, 3), keepdim=True)
    x = ((x - m) * c + m) * g + b
    gray = torch.from_numpy(rng.uniform(0, 1, bs) < 0.1).to(early)
    x[gray] = x[gray].mean(1, keepdim=True).expand(-1, 3, -1, -1)
    x = x.clamp(0, 255)
    # A worse camera than the generator's own draw, on a share of the crops (camera_aug.py).
    # With camera_p 0 no random number is drawn, so older runs' batches are unchanged.
    if camera_p > 0:
        x, _ = degrade(rng, x, camera_p)
        x, y = x.to(device), y.to(device)
    # Labels are stored hair, skin, background (R,G,B); the model's class order is CLASSES.
    y = y[:, [2, 1, 0]]
    y = y / y.sum(1, keepdim=True).clamp_min(1e-6)
    return normalise(x).contiguous(memory_format=torch.channels_last), y


def loss_fn(logits: torch.Tensor, y: torch.Tensor, cov_weight: float = 2.0):
    logp = F.log_softmax(logits, 1)
    ce = -(y * logp).sum(1).mean()
    prob = logp.exp()
    p = prob[:, 2]
    t = y[:, 2]
    inter = (p * t).sum((1, 2))
    union = (p + t - p * t).sum((1, 2))
    iou = ((inter + 1) / (union + 1)).mean()
    # Coverage of the scalp (hair / (hair + skin)) per crop, weighted by how much scalp it holds.
    scalp_t = (y[:, 1] + y[:, 2]).sum((1, 2))
    cov_t = t.sum((1, 2)) / scalp_t.clamp_min(1.0)
    cov_p = p.sum((1, 2)) / (prob[:, 1] + p).sum((1, 2)).clamp_min(1.0)
    share = scalp_t / float(t[0].numel())
    cov = ((cov_p - cov_t).abs() * share).sum() / share.sum().clamp_min(1e-6)
    # The soft IoU stays a tensor: reading it out every step would stall a GPU.
    return ce + 0.5 * (1 - iou) + cov_weight * cov, iou.detach()


def clone_state(model: torch.nn.Module) -> dict:
    """A detached copy of the weights (the starting point of the weight EMA)."""
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


class BatchFeed:
    """Batches in the order `rng` draws them. With `prefetch` > 0 a thread prepares that many ahead
    (a GPU would otherwise wait for the CPU's crops). One thread draws them in turn, so the
    batches are the same either way, except that after `set_data` (a larger data set) the batches
    already prepared still come from the old one."""

    def __init__(self, rng, ims, labs, prefetch: int, **kw):
        self.rng, self.ims, self.labs, self.kw = rng, ims, labs, kw
        self.q: queue.Queue | None = None
        self.error: BaseException | None = None
        if prefetch > 0:
            self.q = queue.Queue(maxsize=prefetch)
            threading.Thread(target=self._fill, daemon=True).start()

    def _make(self):
        return batch(self.rng, self.ims, self.labs, **self.kw)

    def _fill(self) -> None:
        try:
            while True:
                self.q.put(self._make())
        except BaseException as e:  # noqa: BLE001 - handed to the training thread, which raises it
            self.error = e
            self.q.put(None)

    def set_data(self, ims, labs) -> None:
        self.ims, self.labs = ims, labs

    def next(self):
        if self.q is None:
            return self._make()
        item = self.q.get()
        if item is None:
            raise RuntimeError("batch thread failed") from self.error
        return item


def pick_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda: no CUDA device (torch.cuda.is_available() is False)")
    return torch.device(name)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tiny", action="store_true", help="small net, quick smoke run")
    ap.add_argument("--arch", default="lite", help="models/train/model.py ARCHS key")
    ap.add_argument("--cov-weight", type=float, default=2.0)
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--bs", type=int, default=16)
    ap.add_argument("--crop", type=int, default=256)
    ap.add_argument("--lr", type=float, default=4e-3)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--ckpt", default=None)
    ap.add_argument("--ckpt-every", type=int, default=100)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--init", default=None, help="start a new schedule from this checkpoint's EMA weights")
    ap.add_argument("--ema", type=float, default=0.999, help="weight EMA decay (evaluate/export use it)")
    ap.add_argument("--shards", default=None, help='train on these shard indices only, e.g. "28-39"')
    ap.add_argument("--drop-kinds", default="", help='leave out these scene kinds, e.g. "nohair"')
    ap.add_argument("--scale", default=f"{DEFAULT_SCALE[0]},{DEFAULT_SCALE[1]}",
                    help="range of the per-batch zoom-out factor s (image zoomed by 1/s), log-uniform")
    ap.add_argument("--camera-aug", type=float, default=0.0,
                    help="share of crops given one or two camera degradations (camera_aug.py); 0 = off")
    ap.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"],
                    help="auto: the GPU where torch finds one, else the CPU")
    ap.add_argument("--prefetch", type=int, default=None,
                    help="batches a thread prepares ahead (default: 4 on a GPU, 0 on the CPU)")
    ap.add_argument("--max-steps", type=int, default=None,
                    help="stop after this many steps in all (a checkpoint is written then), even within --minutes")
    ap.add_argument("--reload-every", type=int, default=500,
                    help="steps between looks for shards a generator finished meanwhile")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    device = pick_device(args.device)
    on_gpu = device.type == "cuda"
    prefetch = args.prefetch if args.prefetch is not None else (4 if on_gpu else 0)
    name = "tiny" if args.tiny else args.arch
    ckpt = args.ckpt or os.path.join(HERE, "..", "checkpoints", f"hairseg-{name}.pt")
    os.makedirs(os.path.dirname(ckpt), exist_ok=True)
    torch.manual_seed(args.seed)
    model = build(name).to(device=device, memory_format=torch.channels_last)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    step, elapsed = 0, 0.0
    rng = np.random.default_rng(args.seed)
    # Exponential moving average of the weights: what evaluate/export use (smoother than the
    # last step's weights, so a checkpoint taken mid-run is already a usable model).
    ema = clone_state(model)
    init_from = None
    if args.init and not (args.resume and os.path.exists(ckpt)):
        src = load_ckpt(args.init)
        model.load_state_dict(src.get("ema") or src["model"])
        ema = clone_state(model)
        init_from = {"path": os.path.basename(args.init), "step": src["step"], "elapsed_s": src["elapsed_s"]}
        print(f"init from {args.init} (step {src['step']})", flush=True)
    if args.resume and os.path.exists(ckpt):
        st = load_ckpt(ckpt)
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["opt"])  # moves its state to the parameters' device
        ema = {k: v.to(device) for k, v in st["ema"].items()} if st.get("ema") else clone_state(model)
        step, elapsed = st["step"], st["elapsed_s"]
        init_from = st.get("init_from")
        rng = np.random.default_rng([args.seed, step])
        print(f"resumed {ckpt} at step {step}, {elapsed / 60:.1f} min", flush=True)
    scale = tuple(float(v) for v in args.scale.split(","))
    drop = frozenset(k for k in args.drop_kinds.split(",") if k)
    ims, labs, files = load_shards(args.cache, args.shards, drop)
    print(f"{name}: {count_params(model)} params; data {len(ims)} images {ims.shape[1:3]} from {len(files)} shards; "
          f"device {device}{f' ({torch.cuda.get_device_name(device)}, bf16 autocast)' if on_gpu else ''}", flush=True)
    feed = BatchFeed(rng, ims, labs, prefetch, bs=args.bs, crop=args.crop, scale=scale, camera_p=args.camera_aug,
                     device=device)
    budget = args.minutes * 60
    max_steps = args.max_steps if args.max_steps is not None else math.inf
    t_last = time.time()
    ema_loss, ema_iou = None, None
    # Time spent waiting for batches: on a GPU, a high share says the CPU's crops hold it back.
    waited, t_print = 0.0, time.time()
    model.train()
    while elapsed < budget and step < max_steps:
        frac = elapsed / budget
        lr = args.lr * (min(1.0, (step + 1) / 200) * 0.5 * (1 + math.cos(math.pi * frac)) * 0.97 + 0.03)
        for gp in opt.param_groups:
            gp["lr"] = lr
        t_wait = time.time()
        x, y = feed.next()
        waited += time.time() - t_wait
        # bf16 for the network on a GPU; the loss (softmax, sums over crops) stays in fp32.
        with torch.autocast("cuda", dtype=torch.bfloat16) if on_gpu else contextlib.nullcontext():
            logits = model(x)
        loss, iou = loss_fn(logits.float(), y, args.cov_weight)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        step += 1
        with torch.no_grad():
            decay = min(args.ema, (1 + step) / (10 + step))
            for k, v in model.state_dict().items():
                if v.dtype.is_floating_point:
                    ema[k].mul_(decay).add_(v.detach(), alpha=1 - decay)
                else:
                    ema[k].copy_(v)
        now = time.time()
        elapsed += now - t_last
        t_last = now
        loss = loss.detach()
        ema_loss = loss if ema_loss is None else 0.98 * ema_loss + 0.02 * loss
        ema_iou = iou if ema_iou is None else 0.98 * ema_iou + 0.02 * iou
        if step % 25 == 0:
            since, t_print = now - t_print, now
            print(f"step {step} t={elapsed / 60:.1f}min lr={lr:.5f} loss={float(ema_loss):.4f} "
                  f"hairIoU(soft)={float(ema_iou):.3f} data-wait={100 * waited / max(since, 1e-9):.0f}%", flush=True)
            waited = 0.0
        if step % args.ckpt_every == 0 or elapsed >= budget or step >= max_steps:
            meta = {"cov_weight": args.cov_weight, "arch": name, "params": count_params(model), "step": step, "elapsed_s": elapsed,
                    "bs": args.bs, "crop": args.crop, "lr": args.lr, "seed": args.seed,
                    "data_images": int(len(ims)), "data_shards": [os.path.basename(f) for f in files], "drop_kinds": sorted(drop),
                    "minutes_budget": args.minutes, "init_from": init_from, "scale": list(scale),
                    "camera_aug": args.camera_aug, "device": device.type}
            save_ckpt(ckpt, {"model": model.state_dict(), "ema": ema, "opt": opt.state_dict(), **meta})
            with open(ckpt + ".json", "w") as f:
                json.dump(meta, f, indent=1)
        if step % args.reload_every == 0:
            # Pick up shards that make_train.py finished meanwhile.
            n_before = len(files)
            ims, labs, files = add_new_shards(ims, labs, files, args.cache, args.shards, drop)
            if len(files) > n_before:
                feed.set_data(ims, labs)
                print(f"reloaded: {len(ims)} images from {len(files)} shards", flush=True)
    print(f"done: step {step}, {elapsed / 60:.1f} min -> {ckpt}", flush=True)


if __name__ == "__main__":
    main()
