"""Evaluation protocols (DESIGN.md): ``loo-full``, ``loo-full-unmasked``, ``loo-sampled-N``,
``random-811-full`` and ``ctr-811``.

Only this module touches both a model and the metrics (house style rule 5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.data.split import Split, leave_one_out, random_split
from whyrec.evaluation.metrics import auc, log_loss, ranking_metrics
from whyrec.models.base import Recommender

PROTOCOLS: tuple[str, ...] = ("loo-full", "loo-full-unmasked", "loo-sampled-N", "random-811-full", "ctr-811")


@dataclass(frozen=True)
class Protocol:
    """A parsed protocol name."""

    name: str
    split: str  # "loo" | "random"
    ranking: str  # "full" | "sampled" | "ctr"
    mask_history: bool = True
    n_negatives: int = 0


def parse_protocol(name: str) -> Protocol:
    """Parse a protocol name such as ``loo-sampled-100``; raises ValueError naming the valid ones."""
    if name in ("loo-full", "loo-full-unmasked"):
        return Protocol(name, "loo", "full", mask_history=name == "loo-full")
    m = re.fullmatch(r"loo-sampled-(\d+)", name)
    if m and int(m.group(1)) >= 1:
        return Protocol(name, "loo", "sampled", n_negatives=int(m.group(1)))
    if name == "random-811-full":
        return Protocol(name, "random", "full")
    if name == "ctr-811":
        return Protocol(name, "random", "ctr")
    raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)} (N a positive int); got {name!r}")


def make_split(dataset: Dataset, protocol: str, *, seed: int = 2020) -> Split:
    """The split a protocol evaluates on: chronological leave-one-out or a random 80/10/10 split."""
    p = parse_protocol(protocol)
    if p.ranking == "ctr" and "rating" not in dataset.interactions.columns:
        raise ValueError(f"protocol 'ctr-811' needs ratings (label = rating >= 4); dataset {dataset.name!r} has none")
    if p.split == "loo":
        return leave_one_out(dataset)
    return random_split(dataset, ratios=(0.8, 0.1, 0.1), seed=seed)


def ctr_labels(dataset: Dataset, threshold: float = 4.0) -> np.ndarray:
    """CTR labels of a dataset's rows: 1 where rating >= threshold."""
    return (dataset.interactions["rating"].to_numpy() >= threshold).astype(np.float32)


def evaluate(
    model: Recommender,
    split: Split,
    protocol: str = "loo-full",
    *,
    part: str = "test",
    ks: Iterable[int] = (10, 20),
    seed: int = 0,
    batch_size: int = 1024,
    max_users: int | None = None,
) -> dict[str, float]:
    """Evaluate a fitted model on ``split.test`` (or ``split.valid`` with ``part="valid"``).

    For the test part the history is train + valid (both masked unless the
    protocol is unmasked); for the valid part it is train. Returns metric
    name -> mean value, plus ``users`` (how many users were evaluated).
    """
    p = parse_protocol(protocol)
    if part not in ("test", "valid"):
        raise ValueError(f"part must be 'test' or 'valid'; got {part!r}")
    target = split.test if part == "test" else split.valid
    history = split.train.histories()
    if part == "test":
        history = history.extend(split.valid.histories())
    if p.ranking == "ctr":
        return evaluate_ctr(model, target, history)
    rng = np.random.default_rng(seed)
    users = _target_users(target, max_users, rng)
    if p.ranking == "full":
        return evaluate_full(
            model, history, target.histories(), users, ks=ks, mask=p.mask_history, batch_size=batch_size
        )
    everything = history.extend(target.histories())
    return evaluate_sampled(
        model,
        history,
        target.histories(),
        users,
        everything,
        n_negatives=p.n_negatives,
        ks=ks,
        rng=rng,
        batch_size=batch_size,
    )


def _target_users(target: Dataset, max_users: int | None, rng: np.random.Generator) -> np.ndarray:
    users = np.unique(target.interactions["user"].to_numpy())
    if max_users is not None and len(users) > max_users:
        users = np.sort(rng.choice(users, size=max_users, replace=False))
    return users


def evaluate_full(
    model: Recommender,
    history: Histories,
    targets: Histories,
    users: np.ndarray,
    *,
    ks: Iterable[int] = (10, 20),
    mask: bool = True,
    batch_size: int = 1024,
) -> dict[str, float]:
    """Rank every item for each user; relevant = the user's target items."""
    ks = sorted(set(ks))
    n_rel, hits = model.rank_targets(history, targets, users, max(ks), mask=mask, batch_size=batch_size)
    out = ranking_metrics(hits, n_rel, ks)
    out["users"] = float(len(users))
    return out


def evaluate_sampled(
    model: Recommender,
    history: Histories,
    targets: Histories,
    users: np.ndarray,
    everything: Histories,
    *,
    n_negatives: int,
    ks: Iterable[int] = (10, 20),
    rng: np.random.Generator,
    batch_size: int = 1024,
) -> dict[str, float]:
    """Rank each target item against ``n_negatives`` uniformly sampled items the user never interacted with."""
    ks = sorted(set(ks))
    n_items = model.n_items_
    rows: list[np.ndarray] = []
    for start in range(0, len(users), batch_size):
        block = users[start : start + batch_size]
        s = model.score_matrix(block, history)
        for j, u in enumerate(block):
            seen = np.unique(everything[u])
            if n_items - len(seen) < n_negatives:
                raise ValueError(f"user {u} has fewer than {n_negatives} non-interacted items; lower N")
            negs = _sample_unseen(rng, n_items, seen, n_negatives)
            for t in np.unique(targets[u]):
                cand = np.concatenate([[t], negs])
                cs = s[j, cand]
                # rank by score; ties are broken against the target (pessimistic)
                rank = int((cs[1:] >= cs[0]).sum())
                hit = np.zeros(max(ks), dtype=bool)
                if rank < max(ks):
                    hit[rank] = True
                rows.append(hit)
    hits = np.stack(rows) if rows else np.zeros((0, max(ks)), dtype=bool)
    out = ranking_metrics(hits, np.ones(len(hits)), ks)
    out["users"] = float(len(users))
    return out


def _sample_unseen(rng: np.random.Generator, n_items: int, seen: np.ndarray, n: int) -> np.ndarray:
    out = np.empty(0, dtype=np.int64)
    while len(out) < n:
        cand = rng.integers(0, n_items, size=2 * n + len(seen))
        cand = cand[~np.isin(cand, seen)]
        out = np.unique(np.concatenate([out, cand]))
    return rng.permutation(out)[:n]


def evaluate_ctr(model: Recommender, target: Dataset, history: Histories | None = None) -> dict[str, float]:
    """AUC and log-loss of the model's click probability on labelled (rating >= 4) pairs."""
    inter = target.interactions
    labels = ctr_labels(target)
    logits = model.score_pairs(inter["user"].to_numpy(), inter["item"].to_numpy(), history)
    prob = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
    return {"AUC": auc(labels, logits), "LogLoss": log_loss(labels, prob), "rows": float(len(labels))}
