"""Popularity: every user gets the most interacted items."""

from __future__ import annotations

from typing import Any

import numpy as np

from whyrec.data.dataset import Dataset, Histories
from whyrec.models.base import Recommender


class Popularity(Recommender):
    """Scores each item by its number of training interactions (the same for every user)."""

    key = "pop"
    history_based = True

    def __init__(self) -> None:
        pass

    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        self.counts_ = train.item_popularity().astype(np.float32)

    def _score_matrix(self, users: np.ndarray, histories: Histories) -> np.ndarray:
        return np.broadcast_to(self.counts_, (len(users), self.n_items_)).copy()

    def _get_state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        return {}, {"counts": self.counts_}

    def _set_state(self, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.counts_ = arrays["counts"]
