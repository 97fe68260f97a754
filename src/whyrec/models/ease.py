"""EASE (Steck 2019): a closed-form item-item linear autoencoder."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float
from whyrec.models.base import Recommender

#: EASE.retrained_scores keeps the inverse Gram matrix in memory only up to this many items (8 bytes each, squared)
MAX_EXACT_REFIT_ITEMS = 5000


class EASE(Recommender):
    """Score of item j for a user = sum over history items i of B[i, j] (B has a zero diagonal).

    ``l2`` is the ridge penalty on the item-item weights. Scores are exactly
    additive over the history, which the explainers use.
    """

    key = "ease"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {"l2": ("log", 1.0, 5000.0)}
    history_based = True
    additive = "item_weights"  # capability (models/capabilities.py): the score is a sum of B[j, i] over history j

    def __init__(self, *, l2: float = 500.0) -> None:
        self.l2 = l2

    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        check_float("l2", self.l2, 0.0, low_open=True)
        x = train.matrix().astype(np.float64)
        g = (x.T @ x).toarray()
        g[np.diag_indices_from(g)] += self.l2
        p = np.linalg.inv(g)
        b = p / (-np.diag(p))
        b[np.diag_indices_from(b)] = 0.0
        self.weights_ = b.astype(np.float32)

    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        return history_rows(users, histories) @ self.weights_

    def history_weights(self, history: np.ndarray, item: int) -> np.ndarray:
        """The weight B[j, item] of each history item j (the score is their sum)."""
        return self.weights_[history, item].astype(np.float64)

    def retrained_scores(self, user: int, histories: Histories, removed: np.ndarray) -> np.ndarray | None:
        """Exact scores for ``user`` of EASE refitted without the user's training interactions with ``removed``.

        Changing one training row changes the Gram matrix by a rank-2 term, so
        the refitted inverse follows from the fitted one by the Woodbury
        identity (O(n_items x history) per call after one inversion, which is
        cached in memory and skipped for catalogues over
        ``MAX_EXACT_REFIT_ITEMS`` items: None there).
        """
        self._check_fitted()
        n = self.n_items_
        if n > MAX_EXACT_REFIT_ITEMS:
            return None
        p = self.__dict__.get("_inverse_gram")
        if p is None:
            x = self.history_.csr().astype(np.float64)
            g = (x.T @ x).toarray()
            g[np.diag_indices_from(g)] += self.l2
            p = self.__dict__["_inverse_gram"] = np.linalg.inv(g)
        removed = np.asarray(removed, dtype=np.int64)
        x = np.zeros(n)
        x[np.asarray(self.history_[user], dtype=np.int64)] = 1.0
        x2 = x.copy()
        x2[removed] = 0.0
        h = np.zeros(n)
        h[np.asarray(histories[user], dtype=np.int64)] = 1.0
        h[removed] = 0.0
        pu = p @ np.stack([x, x2], axis=1)  # G' = G + U C U^T, U = [x, x2], C = diag(-1, 1)
        m = np.linalg.inv(np.diag([-1.0, 1.0]) + np.stack([x, x2]) @ pu)
        hp = h @ p - (h @ pu) @ m @ pu.T  # sum over the history rows of the refitted inverse
        diag = np.diag(p) - np.einsum("ij,jk,ik->i", pu, m, pu)
        return (-(hp - h * diag) / diag).astype(np.float32)

    def item_embeddings(self) -> np.ndarray:
        """Each item's column of item-item weights (who points to it), a high-dimensional vector."""
        self._check_fitted()
        return np.ascontiguousarray(self.weights_.T)

    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {"weights": self.weights_}

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.weights_ = arrays["weights"]


def history_rows(users: np.ndarray, histories: Histories):  # noqa: ANN201 - scipy sparse matrix
    """Binary sparse rows (len(users), n_items) of the given users' histories."""
    import scipy.sparse as sp

    starts, ends = histories.indptr[users], histories.indptr[users + 1]
    lens = ends - starts
    idx: np.ndarray | list[int] = (
        np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)]) if len(users) else []
    )
    indptr = np.concatenate([[0], np.cumsum(lens)])
    m = sp.csr_matrix(
        (np.ones(int(lens.sum()), dtype=np.float32), histories.items[np.asarray(idx, dtype=np.int64)], indptr),
        shape=(len(users), histories.n_items),
    )
    m.sum_duplicates()
    m.data[:] = 1.0
    return m
