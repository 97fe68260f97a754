"""Training on (user, item) pairs against sampled unseen items: what BPR-MF, NeuMF and LightGCN share."""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn

from whyrec.data.dataset import Dataset, Histories
from whyrec.models.sampling import NegativeSampler
from whyrec.models.torch_base import TorchRecommender


class PairTrained(TorchRecommender):
    """Base of the models that learn a vector per training user from every training (user, item) pair and
    ``n_negatives`` unseen items sampled for it each epoch (uniformly, by
    :class:`~whyrec.models.sampling.NegativeSampler`); batches are ``(users (B,), items (B,), negatives (B, n))``.

    A subclass builds its network in :meth:`_module` (whose ``all_scores(users)`` scores every item) and writes
    its ``_loss``; building, scoring and the saved configuration are shared. A user vector means it scores its
    training users only."""

    n_negatives: int = 1

    def _module(self, n_users: int, n_items: int) -> nn.Module:
        """The network for ``n_users`` x ``n_items``."""
        raise NotImplementedError

    def _build(self, train: Dataset) -> None:
        self.module_ = self._module(train.n_users, train.n_items)
        self._prepare_pairs(train)

    def _score_tensor(self, users: torch.Tensor, histories: Histories) -> torch.Tensor:
        return self.module_.all_scores(users)

    def _config(self) -> dict[str, Any]:
        return {"n_users": self.n_users_, "n_items": self.n_items_}

    # ------------------------------------------------------------ retrieval (a module with user_factors, item_factors)
    def _eval_module(self) -> Any:
        self._check_fitted()
        if self.module_.training:
            self.module_.eval()
        return self.module_

    def query_vectors(self, users: np.ndarray, histories: Histories | None = None) -> np.ndarray:
        """The users' vectors (the histories play no part: the model learned a vector per training user)."""
        m = self._eval_module()
        with torch.no_grad():
            u = torch.as_tensor(np.asarray(users, dtype=np.int64), device=self.device_)
            return m.user_factors(u).float().cpu().numpy()

    def retrieval_vectors(self) -> np.ndarray:
        """The items' vectors."""
        m = self._eval_module()
        with torch.no_grad():
            return m.item_factors().float().cpu().numpy()

    def score_candidates(self, users: np.ndarray, histories: Histories | None, candidates: np.ndarray,
                         queries: np.ndarray | None = None) -> np.ndarray:
        """The scores of the ``candidates`` (internal items, one row per user), by the network itself."""
        m = self._eval_module()
        with torch.no_grad():
            u = torch.as_tensor(np.asarray(users, dtype=np.int64), device=self.device_)
            c = torch.as_tensor(np.asarray(candidates, dtype=np.int64), device=self.device_)
            return m(u, c).float().cpu().numpy()

    def _build_from_config(self, config: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.module_ = self._module(config["n_users"], config["n_items"])

    def _prepare_pairs(self, train: Dataset) -> None:
        self._pos_users = train.interactions["user"].to_numpy().astype(np.int64)
        self._pos_items = train.interactions["item"].to_numpy().astype(np.int64)
        self._sampler = NegativeSampler(train.matrix())

    def _epoch_batches(self, train: Dataset, rng: np.random.Generator):  # noqa: ANN202
        order = rng.permutation(len(self._pos_users))
        neg = self._sampler.sample(self._pos_users[order], self.n_negatives, rng)
        for s in range(0, len(order), self.batch_size):
            idx = order[s : s + self.batch_size]
            yield (
                torch.from_numpy(self._pos_users[idx]).to(self.device_),
                torch.from_numpy(self._pos_items[idx]).to(self.device_),
                torch.from_numpy(neg[s : s + self.batch_size]).to(self.device_),
            )
