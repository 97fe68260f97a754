"""Content model: recommends by item text alone, so it can recommend items nobody has interacted with yet.

Every item is a MiniLM vector of its text (:mod:`whyrec.features.text`); a
user's profile is the mean of the vectors of their history items (optionally
recency-weighted); an item's score is the cosine of profile and item vector.
Items without text have a zero vector (score 0); a user without history has a
zero profile (every score 0).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from whyrec.data.dataset import Dataset, Histories
from whyrec.errors import check_float, check_int
from whyrec.features.text import check_cache_dir, check_text_fields
from whyrec.models.base import Recommender


class ContentModel(Recommender):
    """User profile = mean of history item text vectors; score = cosine to every item.

    Hyper-parameters: ``text_fields`` (item fields to embed; ``"auto"`` = the
    title, brand, categories, tags, description ... the items have),
    ``recency_half_life`` (None = plain mean; else the weight of a history
    item halves every ``recency_half_life`` newer items after it),
    ``max_history`` (only the last N history items; None = all) and
    ``text_cache`` (a folder for the embedding cache; None = in memory). The
    vectors are saved with the model, so a loaded model needs no encoder.

    >>> ContentModel(recency_half_life=5).fit(split.train).recommend("U00001", k=5)  # doctest: +SKIP
    """

    key = "content"
    history_based = True
    text_similarity = True  # capability (models/capabilities.py): the score is text similarity to the history
    dot_product = True  # DotProduct: the profile . the item's text vector

    def __init__(
        self,
        *,
        text_fields: list[str] | str = "auto",
        recency_half_life: float | None = None,
        max_history: int | None = None,
        text_cache: str | None = None,
    ) -> None:
        self.text_fields = text_fields
        self.recency_half_life = recency_half_life
        self.max_history = max_history
        self.text_cache = text_cache

    def _check_params(self) -> None:
        check_text_fields(self.text_fields, allow_none=False)
        if self.recency_half_life is not None:
            check_float("recency_half_life", self.recency_half_life, 0.0, low_open=True)
        if self.max_history is not None:
            check_int("max_history", self.max_history, 1)
        check_cache_dir(self.text_cache)

    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        from whyrec.features.text import embed_items

        self._check_params()
        emb = embed_items(train, self.text_fields, cache=self.text_cache)
        self.vectors_ = emb.vectors
        self.fields_ = list(emb.fields)
        self.model_version_ = emb.model_version
        self.texts_ = emb.texts

    # ------------------------------------------------------------ scoring
    def history_weights(self, history: np.ndarray) -> np.ndarray:
        """The weight of each position of one chronological history (zeros before ``max_history``)."""
        n = len(history)
        w = np.ones(n, dtype=np.float64)
        if self.max_history is not None and n > self.max_history:
            w[: n - self.max_history] = 0.0
        if self.recency_half_life is not None and n:
            age = np.arange(n - 1, -1, -1, dtype=np.float64)  # 0 for the newest item
            w *= 0.5 ** (age / float(self.recency_half_life))
        return w

    def profiles(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        """Unit profile vectors ``(len(users), dim)`` (zero for an empty history)."""
        users = np.asarray(users, dtype=np.int64)
        rows, cols, vals = [], [], []
        for r, u in enumerate(users):
            h = histories[u]
            if len(h):
                rows.append(np.full(len(h), r))
                cols.append(h)
                vals.append(self.history_weights(h))
        if not rows:
            return np.zeros((len(users), self.vectors_.shape[1]), dtype=np.float32)
        w = sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(users), self.n_items_)
        )
        p = np.asarray(w @ self.vectors_.astype(np.float64))
        norm = np.linalg.norm(p, axis=1, keepdims=True)
        return (p / np.where(norm > 0, norm, 1.0)).astype(np.float32)

    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        return self.profiles(users, histories) @ self.vectors_.T

    def query_vectors(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        """The users' profiles (:meth:`profiles`)."""
        return self.profiles(users, histories)

    def retrieval_vectors(self) -> np.ndarray:
        """The item text vectors."""
        return self.item_embeddings()

    def score_candidates(self, users: np.ndarray, histories: Histories, candidates: np.ndarray,
                         queries: np.ndarray | None = None) -> np.ndarray:
        """The scores of the ``candidates`` (internal items, one row per user), from the ``queries`` (the
        users' profiles) when given."""
        p = self.profiles(users, histories) if queries is None else np.asarray(queries, dtype=np.float32)
        return np.einsum("nd,nmd->nm", p, self.vectors_[np.asarray(candidates, dtype=np.int64)]).astype(np.float32)

    def item_text_embeddings(self) -> np.ndarray:
        """The item text vectors (the same as :meth:`item_embeddings`)."""
        return self.item_embeddings()

    def item_embeddings(self) -> np.ndarray:
        """The item text vectors (``n_items x 384``, unit length or zero)."""
        self._check_fitted()
        return self.vectors_

    # ------------------------------------------------------------ persistence
    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {"fields": self.fields_, "model_version": self.model_version_, "texts": self.texts_}, {
            "vectors": self.vectors_
        }

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.vectors_ = arrays["vectors"].astype(np.float32)
        self.fields_ = list(state["fields"])
        self.model_version_ = state["model_version"]
        self.texts_ = list(state["texts"])
