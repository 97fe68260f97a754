"""BERT4Rec's network: the item encoder, learned positions, bidirectional Transformer blocks, a [MASK] input."""

from __future__ import annotations

from typing import cast

import torch
from torch import nn

from whyrec.models.nn_sasrec import ItemEncoder, SASRecModule, init_weights


class BERT4RecModule(SASRecModule):
    """BERT4Rec (Sun et al., CIKM 2019): every position attends to every real position, before and after it.

    The next item is predicted at a ``[MASK]`` input appended after the history (``append_mask=True``, what
    :meth:`last_hidden` and so ``forward`` do); training replaces random positions of a sequence by the mask
    input (``inputs_embeds``, see :class:`whyrec.models.bert4rec.BERT4Rec`). ``max_len`` history items are read,
    so the network has ``max_len + 1`` positions (its own ``max_len``), counted from the right: the appended mask
    always sits at the last one. The history's input passes through ``item_encoder``, ``position``, ``scale`` and
    ``emb_drop`` as in every sequence network (the modules explainers hook); the mask's input is added after
    ``emb_drop``, so an attribution over the history's input never includes it.
    """

    def __init__(self, item_encoder: ItemEncoder, max_len: int, n_layers: int, n_heads: int, dropout: float,
                 seen_bias: bool = False) -> None:
        super().__init__(item_encoder, max_len, n_layers, n_heads, dropout, seen_bias)
        self.max_len = max_len + 1  # positions: one more, the appended mask's
        self.position = nn.Embedding(self.max_len, item_encoder.dim)
        init_weights(self.position)
        self.mask_drop = nn.Dropout(dropout)
        self.mask_token = nn.Parameter(torch.randn(item_encoder.dim) * 0.02)

    def encode(
        self,
        seq: torch.Tensor,
        inputs_embeds: torch.Tensor | None = None,
        *,
        need_weights: bool = False,
        append_mask: bool = False,
    ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Hidden states ``(B, L, d)`` of every position (``L + 1`` with ``append_mask``, the mask last) and the
        attention weights per layer when asked."""
        x = self.input_embeddings(seq, inputs_embeds, reserve=int(append_mask))
        valid = seq != 0
        if append_mask:
            last = cast(nn.Embedding, self.position).weight[-1]  # not a call: the hooks on position see the history's
            tail = self.mask_drop(self.mask_token * self.scale + last)
            x = torch.cat([x, tail.expand(x.shape[0], 1, -1)], dim=1)
            valid = torch.cat([valid, torch.ones_like(valid[:, :1])], dim=1)
        eye = torch.eye(x.shape[1], dtype=torch.bool, device=seq.device)
        return self.stack(x, valid.unsqueeze(1) | eye, need_weights)  # every query sees every real key

    def last_hidden(self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None) -> torch.Tensor:
        """The hidden state ``(B, d)`` at the mask appended after the history."""
        return self.encode(seq, inputs_embeds, append_mask=True)[0][:, -1]

    def attention_weights(self, seq: torch.Tensor) -> list[torch.Tensor]:
        """The attention weights ``(B, H, L + 1, L + 1)`` of every layer, the appended mask last (its row is the
        one behind the scores)."""
        return self.encode(seq, need_weights=True, append_mask=True)[1]
