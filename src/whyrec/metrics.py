"""Pure metric functions (DESIGN.md house style rule 5), below the models (which validate with them) and
re-exported by :mod:`whyrec.evaluation.metrics`.

The single-list functions take ranked ids and relevant ids. The vectorised
forms take a boolean ``hits`` matrix (users x K: was the j-th ranked item
relevant?) and the number of relevant items per user; the protocols build
those from a model's ranking and call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

__all__ = [
    "hit_rate",
    "ndcg",
    "mrr",
    "recall",
    "precision",
    "f1",
    "ranking_metrics",
    "ndcg_per_user",
    "auc",
    "log_loss",
    "RANKING_METRICS",
]

RANKING_METRICS: tuple[str, ...] = ("HR", "NDCG", "MRR", "Recall", "Precision", "F1")


def _hits(ranked: Sequence, relevant: Iterable, k: int) -> tuple[np.ndarray, int]:
    if k < 1:
        raise ValueError(f"k must be an int >= 1; got {k!r}")
    rel = set(relevant)
    return np.array([x in rel for x in list(ranked)[:k]], dtype=bool), len(rel)


def hit_rate(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """1.0 if any relevant id is among the first ``k`` ranked ids, else 0.0."""
    h, _ = _hits(ranked, relevant, k)
    return float(h.any())


def ndcg(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Normalised discounted cumulative gain at ``k`` with binary relevance."""
    h, n = _hits(ranked, relevant, k)
    if n == 0:
        return 0.0
    disc = 1.0 / np.log2(np.arange(2, k + 2))
    return float((h * disc[: len(h)]).sum() / disc[: min(n, k)].sum())


def mrr(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Reciprocal rank of the first relevant id within the first ``k`` (0 if none)."""
    h, _ = _hits(ranked, relevant, k)
    idx = np.flatnonzero(h)
    return float(1.0 / (idx[0] + 1)) if len(idx) else 0.0


def recall(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Share of the relevant ids found among the first ``k`` ranked ids."""
    h, n = _hits(ranked, relevant, k)
    return float(h.sum() / n) if n else 0.0


def precision(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Share of the first ``k`` ranked ids that are relevant (divides by ``k``)."""
    h, _ = _hits(ranked, relevant, k)
    return float(h.sum() / k)


def f1(ranked: Sequence, relevant: Iterable, k: int) -> float:
    """Harmonic mean of precision@k and recall@k."""
    p, r = precision(ranked, relevant, k), recall(ranked, relevant, k)
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def ranking_metrics(hits: np.ndarray, n_relevant: np.ndarray, ks: Iterable[int]) -> dict[str, float]:
    """Mean HR, NDCG, MRR, Recall, Precision and F1 at each k over users.

    ``hits[u, j]`` says whether the j-th ranked item of user ``u`` is relevant;
    ``n_relevant[u]`` is how many relevant items the user has (users with none
    must be left out by the caller). F1 is the mean of per-user F1.
    """
    hits = np.asarray(hits, dtype=bool)
    n_rel = np.asarray(n_relevant, dtype=np.float64)
    if hits.ndim != 2 or len(n_rel) != hits.shape[0]:
        raise ValueError(f"hits must be users x K and n_relevant one per user; got {hits.shape} and {n_rel.shape}")
    if np.any(n_rel <= 0):
        raise ValueError("every user passed to ranking_metrics needs at least one relevant item")
    out: dict[str, float] = {}
    for k in ks:
        if k < 1 or k > hits.shape[1]:
            raise ValueError(f"k must be an int in [1, {hits.shape[1]}]; got {k!r}")
        h = hits[:, :k]
        n_hit = h.sum(axis=1)
        first = np.where(h.any(axis=1), h.argmax(axis=1) + 1, np.inf)
        rec = n_hit / n_rel
        prec = n_hit / k
        with np.errstate(invalid="ignore", divide="ignore"):
            f1_u = np.where(rec + prec > 0, 2 * rec * prec / (rec + prec), 0.0)
        out[f"HR@{k}"] = float((n_hit > 0).mean())
        out[f"NDCG@{k}"] = float(ndcg_per_user(hits, n_rel, k).mean())
        out[f"MRR@{k}"] = float((1.0 / first).mean())
        out[f"Recall@{k}"] = float(rec.mean())
        out[f"Precision@{k}"] = float(prec.mean())
        out[f"F1@{k}"] = float(f1_u.mean())
    return out


def ndcg_per_user(hits: np.ndarray, n_relevant: np.ndarray, k: int) -> np.ndarray:
    """NDCG@k of each user (the rows of ``hits``, as :func:`ranking_metrics` takes them): for paired tests."""
    h = np.asarray(hits, dtype=bool)[:, :k]
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ideal = np.cumsum(discounts)[np.minimum(np.asarray(n_relevant), k).astype(int) - 1]
    return (h * discounts[: h.shape[1]]).sum(axis=1) / ideal


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve (ties count one half)."""
    from sklearn.metrics import roc_auc_score

    labels = np.asarray(labels)
    if len(np.unique(labels)) < 2:
        raise ValueError("AUC needs both positive and negative labels")
    return float(roc_auc_score(labels, scores))


def log_loss(labels: np.ndarray, probabilities: np.ndarray, eps: float = 1e-7) -> float:
    """Mean binary cross-entropy of predicted probabilities."""
    y = np.asarray(labels, dtype=np.float64)
    p = np.clip(np.asarray(probabilities, dtype=np.float64), eps, 1 - eps)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())
