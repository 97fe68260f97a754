"""NeuMF: neural collaborative filtering (He et al., WWW 2017), an MLP recommender.

A GMF tower (the element-wise product of a user and an item embedding) and an MLP tower (layers over the
concatenated user and item embeddings of their own) are concatenated and scored by one linear layer; trained as
the paper does, with the binary cross-entropy of each training pair against ``n_negatives`` sampled unseen items.
``pretrain=True`` follows the paper's pretraining: a GMF and an MLP are trained alone first (each with early
stopping on the validation split), NeuMF starts from their embeddings and layers, with the prediction layer the
``alpha``-weighted concatenation of theirs, and is then trained on.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F

from whyrec.data.dataset import Dataset
from whyrec.errors import check_choice, check_float, check_int
from whyrec.models.nn_neumf import MODES, NeuMFModule
from whyrec.models.pairs import PairTrained

__all__ = ["NeuMF"]


class NeuMF(PairTrained):
    """NeuMF as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``n_layers`` (MLP layers, halving from ``2 * embedding_dim``), ``dropout`` (in the MLP),
    ``n_negatives`` (sampled unseen items per training pair), ``mode`` (``"neumf"``; ``"gmf"`` or ``"mlp"`` for one
    tower alone), ``pretrain`` and ``alpha`` (see the module docstring), plus the common ones of
    :class:`~whyrec.models.torch_base.TorchRecommender`. A learned user vector: it scores its training users only.
    """

    key = "neumf"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        "embedding_dim": ("choice", (16, 32, 64)),
        "learning_rate": ("log", 3e-4, 1e-2),
        "n_layers": ("int", 1, 3),
        "n_negatives": ("int", 1, 8),
    }

    def __init__(
        self,
        *,
        n_layers: int = 2,
        dropout: float = 0.0,
        n_negatives: int = 4,
        mode: str = "neumf",
        pretrain: bool = False,
        alpha: float = 0.5,
        embedding_dim: int = 32,
        epochs: int = 200,
        batch_size: int = 2048,
        learning_rate: float = 1e-3,
        patience: int = 5,
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
        self.dropout = dropout
        self.n_negatives = n_negatives
        self.mode = mode
        self.pretrain = pretrain
        self.alpha = alpha

    def _check_params(self) -> None:
        super()._check_params()
        check_int("n_layers", self.n_layers, 1, 8)
        check_float("dropout", self.dropout, 0.0, 0.95)
        check_int("n_negatives", self.n_negatives, 1, 100)
        check_choice("mode", self.mode, MODES)
        if not isinstance(self.pretrain, bool):
            raise ValueError(f"pretrain must be True or False; got {self.pretrain!r}")
        if self.pretrain and self.mode != "neumf":
            raise ValueError(f"pretrain=True pretrains the two towers of mode='neumf'; got mode={self.mode!r}")
        check_float("alpha", self.alpha, 0.0, 1.0)

    # ------------------------------------------------------------ training
    def _fit(self, train: Dataset, valid: Dataset | None) -> None:
        self._pretrained: list[NeuMF] = []
        if self.pretrain:
            self._check_params()
            params = {k: v for k, v in self.get_params().items() if k not in ("mode", "pretrain")}
            self._pretrained = [NeuMF(**{**params, "mode": m}).fit(train, valid) for m in ("gmf", "mlp")]
        super()._fit(train, valid)
        self._pretrained = []

    def _module(self, n_users: int, n_items: int) -> NeuMFModule:
        return NeuMFModule(n_users, n_items, self.embedding_dim, self.n_layers, float(self.dropout), self.mode)

    def _build(self, train: Dataset) -> None:
        super()._build(train)
        if self._pretrained:
            self._start_from(*self._pretrained)

    def _start_from(self, gmf: NeuMF, mlp: NeuMF) -> None:
        """The pretrained towers' weights; the prediction layer ``[alpha * h_gmf, (1 - alpha) * h_mlp]``."""
        m, g, p = self.module_, gmf.module_, mlp.module_
        with torch.no_grad():
            for name in ("user_g", "item_g"):
                getattr(m, name).weight.copy_(getattr(g, name).weight)
            for name in ("user_m", "item_m"):
                getattr(m, name).weight.copy_(getattr(p, name).weight)
            for mine, theirs in zip(m.mlp, p.mlp, strict=True):
                mine.load_state_dict(theirs.state_dict())
            d = g.predict.weight.shape[1]
            m.predict.weight[:, :d] = self.alpha * g.predict.weight
            m.predict.weight[:, d:] = (1 - self.alpha) * p.predict.weight
            m.predict.bias.copy_(self.alpha * g.predict.bias + (1 - self.alpha) * p.predict.bias)

    def _loss(self, batch: Any) -> torch.Tensor:
        u, i, j = batch
        logits = self.module_(u, torch.cat([i.unsqueeze(1), j], 1))
        labels = torch.zeros_like(logits)
        labels[:, 0] = 1.0
        return F.binary_cross_entropy_with_logits(logits, labels)

    # ------------------------------------------------------------ scoring
    def item_embeddings(self) -> np.ndarray:
        """The item embeddings of both towers, side by side."""
        self._check_fitted()
        m = self.module_
        parts = [getattr(m, n).weight for n in ("item_g", "item_m") if hasattr(m, n)]
        return torch.cat(parts, 1).detach().cpu().numpy().copy()
