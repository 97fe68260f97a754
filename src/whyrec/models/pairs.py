"""Training on (user, item) pairs against sampled unseen items: the batches BPR-MF, NeuMF and LightGCN share."""

from __future__ import annotations

import numpy as np
import torch

from whyrec.data.dataset import Dataset
from whyrec.models.sampling import NegativeSampler
from whyrec.models.torch_base import TorchRecommender


class PairTrained(TorchRecommender):
    """Base of the models that learn from every training (user, item) pair and ``n_negatives`` unseen items
    sampled for it each epoch (uniformly, by :class:`~whyrec.models.sampling.NegativeSampler`). A subclass calls
    :meth:`_prepare_pairs` in its ``_build``; batches are ``(users (B,), items (B,), negatives (B, n))``."""

    n_negatives: int = 1

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
