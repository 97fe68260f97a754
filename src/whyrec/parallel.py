"""Data-parallel training over ``torch.distributed``: what the one training loop asks when it runs under
``torchrun`` (``WORLD_SIZE`` > 1 in the environment).

Every rank builds the same network from the same seed, walks the same seeded batch order, cut into batches of
``batch_size / world``, and trains on its share of it (batch ``i`` goes to rank ``i mod world``; a last round
that would leave a rank without a batch is dropped, so every rank takes the same number of steps): one step of
all ranks sees one batch of ``batch_size``, as one process does. The network is wrapped in torch's
``DistributedDataParallel`` (gloo on CPU, NCCL on CUDA): it gives every rank rank 0's parameters when it is
built and averages the gradients across ranks during each backward pass. A model's loss reads its tables
directly rather than through the network's ``forward``, so what DDP wraps is :class:`LossModule`, whose
``forward(batch)`` is the model's loss and whose parameters are the network's. Rank 0 validates and its metric
and stopping decisions are broadcast, so early stopping is agreed; only rank 0 writes the model.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import torch

__all__ = ["LossModule", "agree", "data_parallel", "finish", "init_from_env", "is_main", "mean", "shard", "world",
           "world_from_env"]

T = TypeVar("T")


def _dist() -> Any:
    import torch.distributed as dist

    return dist


def world() -> tuple[int, int]:
    """``(rank, world_size)``: ``(0, 1)`` outside a process group."""
    dist = _dist()
    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def world_from_env() -> int:
    """The number of ranks ``torchrun`` started (``WORLD_SIZE``; 1 outside it), before the group is joined."""
    joined = world()[1]
    if joined > 1:
        return joined
    try:
        return max(1, int(os.environ.get("WORLD_SIZE", "1")))
    except ValueError:
        return 1


def is_main() -> bool:
    """True on rank 0 (and in a single process): the one that writes files and prints."""
    return world()[0] == 0


def init_from_env(device: torch.device) -> torch.device:
    """Join the process group ``torchrun`` describes in the environment (``WORLD_SIZE`` > 1), with NCCL for a
    CUDA ``device`` (then this rank's ``LOCAL_RANK`` GPU, which is returned) and gloo otherwise; a no-op (the
    device as given) in a single process or when the group already exists."""
    dist = _dist()
    if int(os.environ.get("WORLD_SIZE", "1")) <= 1 or not dist.is_available():
        return device
    if device.type == "cuda":
        device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        torch.cuda.set_device(device)
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
    return device


def finish() -> None:
    """Leave the process group (after every rank reached this point); a no-op in a single process."""
    dist = _dist()
    if dist.is_available() and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


class LossModule(torch.nn.Module):
    """``forward(batch)`` is ``model._loss(batch)``; the parameters are those of ``model.module_`` (what
    ``DistributedDataParallel`` wraps, see the module docstring)."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.net = model.module_
        self._loss = model._loss

    def forward(self, batch: Any) -> torch.Tensor:
        """The model's loss on ``batch``."""
        return self._loss(batch)


def data_parallel(model: Any, device: torch.device) -> torch.nn.Module:
    """``DistributedDataParallel`` over :class:`LossModule` of ``model`` on ``device``. Unused parameters are
    looked for at each step (a model may leave a table out of a batch's loss, e.g. the text projection), so that
    every rank all-reduces the same buckets."""
    from torch.nn.parallel import DistributedDataParallel

    ids = [device.index] if device.type == "cuda" else None
    return DistributedDataParallel(LossModule(model), device_ids=ids, find_unused_parameters=True)


def _scalar(value: float) -> torch.Tensor:
    """``value`` as a one-element tensor where the backend can send it (NCCL: this rank's GPU)."""
    dist = _dist()
    on_gpu = dist.get_backend() == "nccl"
    device = torch.device("cuda", torch.cuda.current_device()) if on_gpu else torch.device("cpu")
    return torch.tensor([float(value)], dtype=torch.float64, device=device)


def agree(value: float) -> float:
    """Rank 0's ``value`` on every rank (a validation metric, a stop decision)."""
    if world()[1] == 1:
        return value
    t = _scalar(value)
    _dist().broadcast(t, 0)
    return float(t.item())


def mean(value: float) -> float:
    """The mean of ``value`` over the ranks."""
    size = world()[1]
    if size == 1:
        return value
    t = _scalar(value)
    _dist().all_reduce(t)
    return float(t.item()) / size


def shard(batches: Iterable[T], rank: int, size: int) -> Iterator[T]:
    """This rank's batches: batch ``i`` for ``i mod size == rank``, whole rounds of ``size`` only."""
    if size == 1:
        yield from batches
        return
    round_: list[T] = []
    for b in batches:
        round_.append(b)
        if len(round_) == size:
            yield round_[rank]
            round_ = []
