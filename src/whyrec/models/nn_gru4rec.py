"""GRU4Rec's network: the item encoder, a GRU over the sequence, a projection back to the item space."""

from __future__ import annotations

import torch
from torch import nn

from whyrec.models.nn_sasrec import ItemEncoder, SequenceNetwork, init_weights


class NoPositions(nn.Module):
    """A recurrent network reads order from the sequence itself: no position embeddings (zeros of ``(L, dim)``).

    It stands where a Transformer adds its positions, so that the explainers that read a sequence model's input
    (the item part plus the position part, :class:`~whyrec.models.capabilities.SequenceEncoder`) see the same
    parts in both."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.dim = dim

    def forward(self, positions: torch.Tensor) -> torch.Tensor:
        """Zeros ``(len(positions), dim)``."""
        return torch.zeros(len(positions), self.dim, device=positions.device)


class GRU4RecModule(SequenceNetwork):
    """GRU4Rec (Hidasi et al., ICLR 2016, in the form RecBole and the 2023 re-evaluations use): item embeddings,
    dropout, ``n_layers`` GRU layers, a linear projection to the embedding size; the last position's output is
    scored against the (tied) item table.

    The interface is SASRec's module's: ``encode(seq)`` gives the hidden state of every position (a GRU is
    causal, so a position reads only the items before it), ``forward(seq)`` / ``forward(seq, targets)`` scores,
    and the input passes through ``item_encoder``, ``position`` (zeros here), ``scale`` and ``emb_drop``. Left
    padding is skipped: the GRU reads each sequence's real items only (a packed sequence), so padding never
    changes a real position's output.
    """

    def __init__(self, item_encoder: ItemEncoder, max_len: int, n_layers: int, dropout: float,
                 seen_bias: bool = False) -> None:
        super().__init__(item_encoder, seen_bias)
        dim = item_encoder.dim
        self.max_len = max_len
        self.position = NoPositions(dim)
        self.emb_drop = nn.Dropout(dropout)
        self.scale = 1.0
        self.gru = nn.GRU(dim, dim, num_layers=n_layers, batch_first=True, bias=False)
        self.dense = nn.Linear(dim, dim)
        self.apply(init_weights)
        for name, p in self.gru.named_parameters():
            if "weight_hh" in name:
                nn.init.orthogonal_(p)
            else:
                nn.init.xavier_uniform_(p)

    def encode(
        self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None, *, need_weights: bool = False
    ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Hidden states ``(B, L, d)`` of every position (padding positions: 0) and no attention weights."""
        n = seq.shape[1]
        x = self.input_embeddings(seq, inputs_embeds)
        valid = seq != 0
        lengths = valid.sum(1)
        # left padding -> right padding, so that a packed GRU reads the real items only
        shift = (n - lengths).unsqueeze(1)
        idx = (torch.arange(n, device=seq.device).unsqueeze(0) + shift) % n
        right = torch.gather(x, 1, idx.unsqueeze(-1).expand_as(x))
        packed = nn.utils.rnn.pack_padded_sequence(right, lengths.clamp(min=1).cpu(), batch_first=True,
                                                   enforce_sorted=False)  # fmt: skip
        out, _ = self.gru(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=n)
        h = self.dense(out)
        back = (torch.arange(n, device=seq.device).unsqueeze(0) - shift) % n  # right padding -> left padding
        h = torch.gather(h, 1, back.unsqueeze(-1).expand_as(h))
        return h * valid.unsqueeze(-1), []
