"""LightGCN: simplified graph convolution for recommendation (He et al., SIGIR 2020), the graph family.

Users and items are nodes of the bipartite graph of the training interactions; their embeddings are smoothed over
``n_layers`` hops of the symmetrically normalised graph (no feature transform, no non-linearity) and averaged
over the hops; the score is the dot product. Trained with a sampled softmax by default: each training pair's item
against ``n_negatives`` unseen items sampled uniformly (cross-entropy over their dot products divided by
``temperature``), plus an L2 penalty ``reg`` on the batch's initial embeddings. ``loss="bpr"`` with
``n_negatives=1`` is the paper's and RecBole's BPR training.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F

from whyrec.errors import check_choice, check_float, check_int
from whyrec.models.nn_lightgcn import LightGCNModule, normalised_adjacency
from whyrec.models.pairs import PairTrained

__all__ = ["LightGCN"]


class LightGCN(PairTrained):
    """LightGCN as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``n_layers`` (propagation hops), ``reg`` (L2 on the initial embeddings of a batch's users
    and items), ``loss`` ("softmax" or "bpr"), ``n_negatives`` and ``temperature``, plus the common ones of
    :class:`~whyrec.models.torch_base.TorchRecommender`. The embeddings come from the training graph: it scores
    its training users only.

    Defaults (2 layers, ``reg`` 1e-5, learning rate 2e-3) by validation NDCG@10 on MovieLens-100K random-811: the
    paper's 3 layers, 1e-4, 1e-3 gave 0.2451 in 188 epochs; 2 layers, 1e-5, 2e-3 0.2509 in 92; 3 layers, 1e-5, 2e-3
    0.2508 in 116. The loss (2026-12-07) by validation NDCG@10 on MovieLens-100K (training seeds 2020-2022) and the
    sample shop (random-811, seed 2020): BPR with one negative 0.2509 / 0.2532 / 0.2535 and 0.1765; sampled softmax
    with 16 negatives 0.2592 / 0.2582 / 0.2609 and 0.1847; with 64 negatives 0.2622 / 0.2615 / 0.2592 and 0.1849
    (a tie with 16 within the seeds' spread, at 3-4 times the training time), so 16
    (``benchmarks/lightgcn_seeds.py``).
    """

    key = "lightgcn"
    dot_product = True  # capability (models/capabilities.py): the propagated user and item embeddings
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        "n_layers": ("int", 1, 4),
        "reg": ("log", 1e-6, 1e-2),
        "learning_rate": ("log", 3e-4, 1e-2),
    }

    def __init__(
        self,
        *,
        n_layers: int = 2,
        reg: float = 1e-5,
        embedding_dim: int = 64,
        epochs: int = 300,
        batch_size: int = 2048,
        learning_rate: float = 2e-3,
        patience: int = 10,
        loss: str = "softmax",
        n_negatives: int = 16,
        temperature: float = 1.0,
        **common: Any,
    ) -> None:
        super().__init__(
            embedding_dim=embedding_dim,
            epochs=epochs,
            batch_size=batch_size,
            learning_rate=learning_rate,
            patience=patience,
            **common,
        )
        self.n_layers = n_layers
        self.reg = reg
        self.loss = loss
        self.n_negatives = n_negatives
        self.temperature = temperature

    def _check_params(self) -> None:
        super()._check_params()
        check_int("n_layers", self.n_layers, 0, 8)
        check_float("reg", self.reg, 0.0)
        check_choice("loss", self.loss, ("bpr", "softmax"))
        check_int("n_negatives", self.n_negatives, 1, 4096)
        check_float("temperature", self.temperature, 0.0, low_open=True)

    def _module(self, n_users: int, n_items: int) -> LightGCNModule:
        graph = normalised_adjacency(self.history_.csr())  # the training graph (saved with the model as its history)
        return LightGCNModule(n_users, n_items, self.embedding_dim, self.n_layers, graph.to(self.device_))

    def _loss(self, batch: Any) -> torch.Tensor:
        u, i, neg = batch
        m = self.module_
        users, items = m.propagate()
        eu = users[u]
        pos = (eu * items[i]).sum(-1)
        negs = (eu[:, None, :] * items[neg]).sum(-1)  # (B, n)
        if self.loss == "bpr":
            loss = -F.logsigmoid(pos[:, None] - negs).mean()
        else:  # sampled softmax: the positive (column 0) against its n negatives
            logits = torch.cat([pos[:, None], negs], 1) / self.temperature
            loss = F.cross_entropy(logits, torch.zeros(len(u), dtype=torch.long, device=logits.device))
        if self.reg:  # L2 on the batch's initial embeddings; the negatives' term is their mean, as one negative's
            w = m.embedding.weight
            n = m.n_users
            neg_sq = w[n + neg].pow(2).sum() / neg.shape[1]
            loss = loss + self.reg * (w[u].pow(2).sum() + w[n + i].pow(2).sum() + neg_sq) / (2 * len(u))
        return loss

    def item_embeddings(self) -> np.ndarray:
        """The propagated item embeddings the scores are products with."""
        self._check_fitted()
        with torch.no_grad():
            return self.module_.propagate()[1].detach().cpu().numpy().copy()
