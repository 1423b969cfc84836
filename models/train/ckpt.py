"""Reading and writing training checkpoints the same way on Debian's torch 1.13 (this CPU) and a
GPU machine's torch 2.x.

torch 2.6 made `torch.load(weights_only=True)` the default, and the checkpoints hold run metadata
(floats, lists, names) beside the weights; 1.13's weights-only reader cannot even read a float.
They are files this repo wrote itself, so they are read as full pickles everywhere. Tensors are
saved on the CPU, so a checkpoint written on a GPU loads here and the other way round.
"""

from __future__ import annotations

import os

import torch


def load_ckpt(path: str) -> dict:
    return torch.load(path, map_location="cpu", weights_only=False)


def to_cpu(obj):
    """`obj` with every tensor in it (nested dicts, lists, tuples) copied to the CPU."""
    if isinstance(obj, torch.Tensor):
        return obj.detach().cpu()
    if isinstance(obj, dict):
        return {k: to_cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(to_cpu(v) for v in obj)
    return obj


def save_ckpt(path: str, state: dict) -> None:
    """Atomically: a run killed mid-write (a lease ending) leaves the last checkpoint whole."""
    tmp = path + ".tmp"
    torch.save(to_cpu(state), tmp)
    os.replace(tmp, path)
