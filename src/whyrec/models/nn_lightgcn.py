"""LightGCN's network: user and item embeddings propagated over the normalised user-item graph."""

from __future__ import annotations

import warnings

import numpy as np
import scipy.sparse as sp
import torch
from torch import nn


def normalised_adjacency(matrix: sp.csr_matrix) -> torch.Tensor:
    """``D^-1/2 A D^-1/2`` of the bipartite graph of a users x items 0/1 matrix, as a sparse torch tensor of
    ``(n_users + n_items)`` nodes (users first), in CSR layout: its products with the embeddings (forward and
    backward) took half the time of COO's here (12.5 against 22 ms per two-layer batch on ML-100K)."""
    n_users, n_items = matrix.shape
    r = (matrix > 0).astype(np.float32).tocoo()
    rows = np.concatenate([r.row, r.col + n_users])
    cols = np.concatenate([r.col + n_users, r.row])
    n = n_users + n_items
    deg = np.bincount(rows, minlength=n).astype(np.float32)
    inv = np.zeros(n, dtype=np.float32)
    inv[deg > 0] = deg[deg > 0] ** -0.5
    vals = inv[rows] * inv[cols]
    idx = torch.from_numpy(np.vstack([rows, cols]).astype(np.int64))
    coo = torch.sparse_coo_tensor(idx, torch.from_numpy(vals), (n, n), check_invariants=False).coalesce()
    with warnings.catch_warnings():  # "sparse CSR support is in beta": the product used here is long-standing
        warnings.filterwarnings("ignore", message="Sparse CSR tensor support is in beta")
        return coo.to_sparse_csr()


class LightGCNModule(nn.Module):
    """He et al. (SIGIR 2020): ``E^(k+1) = A_hat E^(k)``, final embeddings the mean of ``E^(0..K)``; score =
    ``<e_u, e_i>``. The graph (sparse, on the embeddings' device) is rebuilt from the training interactions, not
    saved: it is no parameter."""

    def __init__(self, n_users: int, n_items: int, dim: int, n_layers: int, graph: torch.Tensor) -> None:
        super().__init__()
        self.n_users, self.n_items, self.n_layers = n_users, n_items, n_layers
        self.embedding = nn.Embedding(n_users + n_items, dim)
        nn.init.normal_(self.embedding.weight, std=0.1)
        self.graph = graph
        self._kept: tuple[tuple[int, int], tuple[torch.Tensor, torch.Tensor]] | None = None

    def propagate(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Final user ``(n_users, d)`` and item ``(n_items, d)`` embeddings. Outside training (eval mode, no
        gradient) they are kept until the embedding table changes (any in-place update bumps its version)."""
        w = self.embedding.weight
        keep = not self.training and not torch.is_grad_enabled()
        key = (w._version, w.data_ptr())
        if keep and self._kept is not None and self._kept[0] == key:
            return self._kept[1]
        out = self._propagate()
        self._kept = (key, out) if keep else None
        return out

    def _propagate(self) -> tuple[torch.Tensor, torch.Tensor]:
        e = self.embedding.weight
        if self.graph.device != e.device:
            self.graph = self.graph.to(e.device)
        total = e
        for _ in range(self.n_layers):
            e = torch.sparse.mm(self.graph, e)
            total = total + e
        out = total / (self.n_layers + 1)
        return out[: self.n_users], out[self.n_users :]

    def user_factors(self, users: torch.Tensor) -> torch.Tensor:
        """The propagated embeddings of ``users``: the query side of the scores (:meth:`item_factors`)."""
        return self.propagate()[0][users]

    def item_factors(self) -> torch.Tensor:
        """The propagated item embeddings ``(n_items, d)``."""
        return self.propagate()[1]

    def forward(self, users: torch.Tensor, items: torch.Tensor) -> torch.Tensor:
        """Scores of (user, item) pairs; ``items`` may carry extra dims (B, ...)."""
        u, i = self.propagate()
        q = u[users]
        while q.dim() < items.dim() + 1:
            q = q.unsqueeze(1)
        return (q * i[items]).sum(-1)

    def all_scores(self, users: torch.Tensor) -> torch.Tensor:
        """Scores of every item for ``users``: ``(B, n_items)``."""
        u, i = self.propagate()
        return u[users] @ i.T
