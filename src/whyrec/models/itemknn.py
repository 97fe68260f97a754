"""ItemKNN: item-based collaborative filtering with cosine similarity and top-k neighbours."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float, check_int
from whyrec.models.base import Recommender
from whyrec.models.ease import history_rows


class ItemKNN(Recommender):
    """Score of item j = sum over history items i of sim(i, j), keeping each item's ``k`` nearest neighbours.

    ``shrink`` damps similarities of rarely co-occurring items (as in RecBole). ``k`` 200 was chosen on validation
    data across Beauty, MovieLens-100K and the sample shop (benchmarks/defaults_search.py itemknn).
    Scores are exactly additive over the history.
    """

    key = "itemknn"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {"k": ("int", 10, 400), "shrink": ("float", 0.0, 100.0)}
    history_based = True
    additive = "item_weights"  # capability (models/capabilities.py): the score is a sum of sim(i, j) over history j

    def __init__(self, *, k: int = 200, shrink: float = 0.0) -> None:
        self.k = k
        self.shrink = shrink

    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        check_int("k", self.k, 1)
        check_float("shrink", self.shrink, 0.0)
        x = train.matrix().astype(np.float32).tocsc()
        norms = np.sqrt(np.asarray(x.power(2).sum(axis=0)).ravel())
        co = (x.T @ x).tocsr()
        co.setdiag(0)
        co.eliminate_zeros()
        co = co.tocoo()
        sim = co.data / (norms[co.row] * norms[co.col] + self.shrink + 1e-12)
        s = sp.csr_matrix((sim.astype(np.float32), (co.row, co.col)), shape=co.shape)
        self.similarity_ = _keep_top_k_per_column(s, self.k)

    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        return (history_rows(users, histories) @ self.similarity_).toarray()

    def history_weights(self, history: np.ndarray, item: int) -> np.ndarray:
        """The similarity sim(j, item) of each history item j (the score is their sum)."""
        return np.asarray(self.similarity_[history][:, [item]].toarray(), dtype=np.float64).ravel()

    def item_embeddings(self) -> np.ndarray:
        """Each item's row of the (sparse, top-k) similarity matrix, densified."""
        self._check_fitted()
        return self.similarity_.toarray()

    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        s = self.similarity_
        return {"shape": list(s.shape)}, {"sim_data": s.data, "sim_indices": s.indices, "sim_indptr": s.indptr}

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.similarity_ = sp.csr_matrix(
            (arrays["sim_data"], arrays["sim_indices"], arrays["sim_indptr"]), shape=tuple(state["shape"])
        )


def _keep_top_k_per_column(s: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """For each target item (column) keep only its ``k`` most similar source items."""
    c = s.tocsc()
    rows, cols, vals = [], [], []
    for j in range(c.shape[1]):
        a, b = c.indptr[j], c.indptr[j + 1]
        if b == a:
            continue
        d = c.data[a:b]
        r = c.indices[a:b]
        if b - a > k:
            top = np.argpartition(-d, k - 1)[:k]
            d, r = d[top], r[top]
        rows.append(r)
        cols.append(np.full(len(r), j, dtype=np.int32))
        vals.append(d)
    if not rows:
        return sp.csr_matrix(s.shape, dtype=np.float32)
    out = sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=s.shape, dtype=np.float32
    )
    out.sort_indices()
    return out
