"""NeuMF's network: a generalised matrix factorisation (GMF) tower and an MLP tower, fused by one linear layer."""

from __future__ import annotations

from typing import cast

import torch
from torch import nn

#: the towers a network has: both (NeuMF), or one alone (the pretraining models)
MODES: tuple[str, ...] = ("neumf", "gmf", "mlp")


class NeuMFModule(nn.Module):
    """He et al. (WWW 2017): GMF ``p_u * q_i`` and an MLP over ``[p'_u; q'_i]`` (layers halving from ``2 d``),
    concatenated and scored by a linear layer (a logit). ``mode`` keeps one tower only (pretraining)."""

    def __init__(self, n_users: int, n_items: int, dim: int, layers: int, dropout: float, mode: str = "neumf") -> None:
        super().__init__()
        self.mode = mode
        width = 0
        if mode in ("neumf", "gmf"):
            self.user_g = nn.Embedding(n_users, dim)
            self.item_g = nn.Embedding(n_items, dim)
            width += dim
        if mode in ("neumf", "mlp"):
            self.user_m = nn.Embedding(n_users, dim)
            self.item_m = nn.Embedding(n_items, dim)
            sizes = [2 * dim] + [max(8, 2 * dim // 2 ** (k + 1)) for k in range(layers)]
            self.mlp = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:], strict=True))
            self.drop = nn.Dropout(dropout)
            width += sizes[-1]
        self.predict = nn.Linear(width, 1)
        for m in self.modules():
            if isinstance(m, nn.Embedding):
                nn.init.normal_(m.weight, std=0.01)
            elif isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def _mlp(self, h: torch.Tensor) -> torch.Tensor:
        for layer in self.mlp:
            h = self.drop(torch.relu(layer(h)))
        return h

    def forward(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """Logits of (user, item) pairs; ``items`` ``(B,)`` or ``(B, T)``, the result has its shape."""
        u = users.view(-1, *([1] * (items.dim() - 1))).expand_as(items)
        parts = []
        if self.mode in ("neumf", "gmf"):
            parts.append(self.user_g(u) * self.item_g(items))
        if self.mode in ("neumf", "mlp"):
            parts.append(self._mlp(torch.cat([self.user_m(u), self.item_m(items)], -1)))
        return self.predict(torch.cat(parts, -1)).squeeze(-1)

    def all_scores(self, users: torch.Tensor, pairs: int = 1 << 19) -> torch.Tensor:
        """Logits of every item for ``users``: ``(B, n_items)``, what :meth:`forward` gives pair by pair, computed
        by parts: the GMF tower's share of the logit is one matrix product, and the MLP's first layer over
        ``[p'_u; q'_i]`` is ``W_u p'_u + W_i q'_i``, each side once; only the layers after it run per (user, item)
        pair, in chunks of at most ``pairs`` pairs."""
        w, logits = self.predict.weight[0], None
        width = 0
        if self.mode in ("neumf", "gmf"):
            width = self.user_g.embedding_dim
            logits = (self.user_g(users) * w[:width]) @ self.item_g.weight.T
        if self.mode in ("neumf", "mlp"):
            first, d = cast(nn.Linear, self.mlp[0]), self.user_m.embedding_dim
            per_user = self.user_m(users) @ first.weight[:, :d].T + first.bias
            per_item = self.item_m.weight @ first.weight[:, d:].T
            mlp = torch.empty(len(users), len(per_item), device=users.device)
            chunk = max(16, pairs // max(1, len(users)))
            for s in range(0, len(per_item), chunk):
                h = self.drop(torch.relu(per_user[:, None, :] + per_item[None, s : s + chunk, :]))
                for layer in self.mlp[1:]:
                    h = self.drop(torch.relu(layer(h)))
                mlp[:, s : s + chunk] = h @ w[width:]
            logits = mlp if logits is None else logits + mlp
        assert logits is not None  # every mode has a tower
        return logits + self.predict.bias[0]
