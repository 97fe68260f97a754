"""BPR-MF's network: user and item factors and an item bias."""

from __future__ import annotations

import torch
from torch import nn


class MFModule(nn.Module):
    """User and item embeddings plus an item bias; score = <p_u, q_i> + b_i."""

    def __init__(self, n_users: int, n_items: int, dim: int) -> None:
        super().__init__()
        self.user = nn.Embedding(n_users, dim)
        self.item = nn.Embedding(n_items, dim)
        self.item_bias = nn.Embedding(n_items, 1)
        # small initial factors: with std 0.1 BPR over-fits before it ranks well (MovieLens-100K valid NDCG)
        nn.init.normal_(self.user.weight, std=0.01)
        nn.init.normal_(self.item.weight, std=0.01)
        nn.init.zeros_(self.item_bias.weight)

    def forward(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """Scores of (user, item) pairs; ``items`` may carry extra dims (B, ...)."""
        u = self.user(users)
        while u.dim() < items.dim() + 1:
            u = u.unsqueeze(1)
        return (u * self.item(items)).sum(-1) + self.item_bias(items).squeeze(-1)

    def all_scores(self, users: torch.Tensor) -> torch.Tensor:
        """Scores of every item for ``users``: (B, n_items)."""
        return self.user(users) @ self.item.weight.T + self.item_bias.weight.T

    def user_factors(self, users: torch.Tensor) -> torch.Tensor:
        """``[p_u, 1]`` for ``users``: the query side of the scores as inner products (:meth:`item_factors`)."""
        p = self.user(users)
        return torch.cat([p, torch.ones(len(p), 1, dtype=p.dtype, device=p.device)], 1)

    def item_factors(self) -> torch.Tensor:
        """``[q_i, b_i]`` of every item ``(n_items, d + 1)``."""
        return torch.cat([self.item.weight, self.item_bias.weight], 1)
