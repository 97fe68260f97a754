"""Caser's network: horizontal and vertical convolutions over the embeddings of the last ``window`` items."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from whyrec.models.nn_gru4rec import NoPositions
from whyrec.models.nn_sasrec import ItemEncoder, SequenceNetwork, init_weights


class CaserModule(SequenceNetwork):
    """Tang & Wang (WSDM 2018): the ``window`` x ``d`` "image" of the last items is read by horizontal filters of
    every height ``1..window`` (``n_h`` each, ReLU, max-pooled over time: union-level and point-level sequential
    patterns) and ``n_v`` vertical filters (weighted sums of the rows), concatenated, dropped out and projected to
    ``d``; the result scores every item against the (tied) item table.

    Each position of the sequence is read through the window ending at it (so every position predicts the next
    item in training, as the other sequence networks), and left padding is the padding item. The paper's user
    embedding is left out: the model scores any history, a shopper it never saw included.
    """

    def __init__(self, item_encoder: ItemEncoder, max_len: int, window: int, n_h: int, n_v: int, dropout: float,
                 seen_bias: bool = False) -> None:
        super().__init__(item_encoder, seen_bias)
        dim = item_encoder.dim
        self.max_len, self.window = max_len, window
        self.position = NoPositions(dim)
        self.emb_drop = nn.Identity()
        self.scale = 1.0
        self.horizontal = nn.ModuleList(nn.Conv2d(1, n_h, (h, dim)) for h in range(1, window + 1))
        self.vertical = nn.Conv2d(1, n_v, (window, 1))
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(n_h * window + n_v * dim, dim)
        self.apply(init_weights)

    def encode(
        self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None, *, need_weights: bool = False
    ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """The representation ``(B, L, d)`` after each position (from the window ending there)."""
        b, n = seq.shape
        x = self.input_embeddings(seq, inputs_embeds)  # (B, n, d)
        d, w = x.shape[-1], self.window
        padded = F.pad(x, (0, 0, w - 1, 0))  # the padding item's embedding is 0
        img = padded.unfold(1, w, 1).permute(0, 1, 3, 2).reshape(b * n, 1, w, d)  # window ending at each position
        return self._read(img).view(b, n, d) * (seq != 0).unsqueeze(-1), []

    def last_hidden(self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None) -> torch.Tensor:
        """The representation after the last position only: one window per sequence (scoring needs no other)."""
        x = self.input_embeddings(seq, inputs_embeds)[:, -self.window :]
        img = F.pad(x, (0, 0, self.window - x.shape[1], 0)).unsqueeze(1)  # (B, 1, window, d)
        return self._read(img) * (seq[:, -1:] != 0)

    def _read(self, img: torch.Tensor) -> torch.Tensor:
        """The convolutions' reading ``(N, d)`` of windows ``(N, 1, window, d)``."""
        pooled = [torch.relu(conv(img)).squeeze(-1).amax(-1) for conv in self.horizontal]  # (N, n_h) each
        vert = self.vertical(img).reshape(len(img), -1)
        return torch.relu(self.fc(self.drop(torch.cat([*pooled, vert], -1))))
