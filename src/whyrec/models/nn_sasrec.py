"""The sequence networks' shared parts (item encoder, input, tied output and seen-item offset) and SASRec's network."""

from __future__ import annotations

import math

import torch
from torch import nn

# The seen-item offset is ``SEEN_SCALE * seen_logit``: Adam moves a parameter by about the learning rate per
# step, so an unscaled scalar moves too slowly; scaled by 10 it reached -2.0 in MovieLens-100K's ~270 steps
# (loo-full-unmasked NDCG@10 0.0904) and -8.8 on Beauty; scaled by 100, -6.0 on MovieLens, with the same NDCG.
SEEN_SCALE = 10.0


# ====================================================================== modules
class ItemEncoder(nn.Module):
    """Input representation of items: id embedding plus, per item feature field, the mean of its value embeddings.

    ``feature_index`` / ``feature_weight`` (``(n_items + 1, n_slots)``, row 0 =
    padding) list the feature rows of every item and their weights (``1/len``
    inside a multi-valued field, 1 for a categorical one), so the weighted sum
    is the sum over fields of the mean value embedding.

    ``text`` (``(n_items + 1, d_text)``, row 0 = padding, zero) adds a learned
    linear projection of each item's text vector; ``known`` (``(n_items + 1,)``,
    0/1) keeps the id embedding of known items only, so that a new item is
    represented by its text and attributes alone.
    """

    # the buffers registered in __init__ (when there is text / features)
    text: torch.Tensor
    known: torch.Tensor
    feature_index: torch.Tensor
    feature_weight: torch.Tensor

    def __init__(
        self,
        n_items: int,
        dim: int,
        n_features: int = 0,
        feature_index: torch.Tensor | None = None,
        feature_weight: torch.Tensor | None = None,
        text: torch.Tensor | None = None,
        known: torch.Tensor | None = None,
    ) -> None:
        super().__init__()
        self.n_items, self.dim = n_items, dim
        self.item = nn.Embedding(n_items + 1, dim, padding_idx=0)
        self.has_text = text is not None
        if text is not None:
            self.register_buffer("text", text.float())
            self.register_buffer("known", (torch.ones(n_items + 1) if known is None else known).float())
            self.text_proj = nn.Linear(text.shape[1], dim, bias=False)
        self.n_features = n_features
        if n_features:
            if feature_index is None or feature_weight is None:
                raise ValueError("feature_index and feature_weight are needed when n_features > 0")
            self.feature = nn.Embedding(n_features, dim)
            self.register_buffer("feature_index", feature_index.long())
            self.register_buffer("feature_weight", feature_weight.float())

    def _features(self, rows: torch.Tensor | None) -> torch.Tensor:
        idx = self.feature_index if rows is None else self.feature_index[rows]
        w = self.feature_weight if rows is None else self.feature_weight[rows]
        return (self.feature(idx) * w.unsqueeze(-1)).sum(-2)

    def table(self) -> torch.Tensor:
        """Representation of every row (padding first): ``(n_items + 1, dim)``; used as the output layer."""
        t = self.item.weight
        if self.has_text:
            t = t * self.known.unsqueeze(-1) + self.text_proj(self.text)
        return t + self._features(None) if self.n_features else t

    def forward(self, seq: torch.Tensor) -> torch.Tensor:
        """Representations of the (1-based, 0 = padding) items of ``seq``: ``(*seq.shape, dim)``."""
        x = self.item(seq)
        if self.has_text:
            x = x * self.known[seq].unsqueeze(-1) + self.text_proj(self.text[seq])
        return x + self._features(seq) if self.n_features else x


class CausalSelfAttention(nn.Module):
    """Multi-head self-attention under a given boolean mask; can return its weights."""

    def __init__(self, dim: int, n_heads: int, dropout: float) -> None:
        super().__init__()
        self.n_heads = n_heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``x`` (B, L, d); ``mask`` (B, L, L), True where query i may attend to key j.

        Returns the output (B, L, d) and the attention weights (B, H, L, L).
        """
        b, n, d = x.shape
        h = self.n_heads
        q, k, v = self.qkv(x).view(b, n, 3, h, d // h).permute(2, 0, 3, 1, 4)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(d // h)
        att = att.masked_fill(~mask.unsqueeze(1), float("-inf"))
        w = torch.softmax(att, dim=-1)
        y = (self.drop(w) @ v).transpose(1, 2).reshape(b, n, d)
        return self.out(y), w


class TransformerBlock(nn.Module):
    """Pre-LN Transformer block: x + Attn(LN(x)), then x + FFN(LN(x)); dropout on both branches."""

    def __init__(self, dim: int, n_heads: int, dropout: float) -> None:
        super().__init__()
        self.ln1 = nn.LayerNorm(dim)
        self.attn = CausalSelfAttention(dim, n_heads, dropout)
        self.ln2 = nn.LayerNorm(dim)
        self.ffn = nn.Sequential(nn.Linear(dim, dim), nn.GELU(), nn.Dropout(dropout), nn.Linear(dim, dim))
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """One block; returns the new hidden states and the attention weights."""
        a, w = self.attn(self.ln1(x), mask)
        x = x + self.drop(a)
        x = x + self.drop(self.ffn(self.ln2(x)))
        return x, w


class SequenceNetwork(nn.Module):
    """What every sequence network of whyrec shares: the input (:meth:`input_embeddings`), and the output: a tied
    item table scores the last hidden state, plus (``seen_bias``) one learned offset for the items already in the
    input sequence (see ``seen_bias`` in :mod:`whyrec.models.sequence`). A subclass sets the modules of the input,
    reads it in its ``encode``; :meth:`forward` scores the last position."""

    # set by the subclass: the positions (the longest input), the position embeddings, the item part's factor,
    # input dropout
    max_len: int
    position: nn.Module
    scale: float
    emb_drop: nn.Module

    def __init__(self, item_encoder: ItemEncoder, seen_bias: bool) -> None:
        super().__init__()
        self.n_items = item_encoder.n_items
        self.seen_logit = nn.Parameter(torch.zeros(())) if seen_bias else None
        self.item_encoder = item_encoder

    def input_embeddings(
        self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None, *, reserve: int = 0
    ) -> torch.Tensor:
        """The network's input ``(B, L, d)``: ``emb_drop(items * scale + positions)``, where the items part is
        ``item_encoder(seq)`` or ``inputs_embeds``, at the positions (counted from the right) that end ``reserve``
        positions before the last (BERT4Rec keeps the last for the mask it appends). The modules named here are
        the ones explainers hook."""
        n, last = seq.shape[1], self.max_len - reserve
        if n > last:
            raise ValueError(f"sequences must have at most {last} positions here (max_len={self.max_len}); got {n}")
        x = self.item_encoder(seq) if inputs_embeds is None else inputs_embeds
        pos = torch.arange(last - n, last, device=seq.device)
        return self.emb_drop(x * self.scale + self.position(pos))

    def encode(
        self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None, *, need_weights: bool = False
    ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Hidden states ``(B, L, d)`` of every position (and attention weights per layer, when the network has
        them and ``need_weights``); the subclass's."""
        raise NotImplementedError

    def forward(
        self,
        seq: torch.Tensor,
        targets: torch.Tensor | None = None,
        *,
        inputs_embeds: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """Scores after the last position: of all items ``(B, n_items)``, or of ``targets`` (0-based, ``(B,)`` or
        ``(B, T)``; the result has their shape). ``inputs_embeds`` replaces the item encoder's output (so
        attributions over the input embeddings are possible)."""
        return self.score_last(self.last_hidden(seq, inputs_embeds), seq, targets)

    def last_hidden(self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None) -> torch.Tensor:
        """The hidden state ``(B, d)`` after the last position (a network that can read it alone overrides)."""
        return self.encode(seq, inputs_embeds)[0][:, -1]

    def score_last(self, h: torch.Tensor, seq: torch.Tensor, targets: torch.Tensor | None) -> torch.Tensor:
        """Scores of the last hidden states ``h`` ``(B, d)``: of all items ``(B, n_items)``, or of ``targets``
        (0-based, ``(B,)`` or ``(B, T)``; the result has their shape)."""
        table = self.item_encoder.table()
        if targets is None:
            return h @ table[1:].T + self.seen_offset(seq)
        t = table[targets + 1]
        scores = (t * h.unsqueeze(1)).sum(-1) if targets.dim() == 2 else (t * h).sum(-1)
        return scores + self.seen_offset(seq, targets)

    def seen_offset(self, seq: torch.Tensor, targets: torch.Tensor | None = None) -> torch.Tensor | float:
        """The learned offset of the items that occur in ``seq``: ``(B, n_items)``, or the shape of ``targets``.

        0 (a float) for a module without ``seen_bias``; an item occurring twice gets the offset once.
        """
        if self.seen_logit is None:
            return 0.0
        offset = self.seen_logit * SEEN_SCALE
        if targets is None:
            seen = torch.zeros(seq.shape[0], self.n_items + 1, device=seq.device).scatter_(1, seq, 1.0)
            return seen[:, 1:] * offset
        t = targets + 1
        hit = (t.unsqueeze(-1) == seq.unsqueeze(1)) if t.dim() == 2 else (t.unsqueeze(-1) == seq)
        return hit.any(-1).to(offset.dtype) * offset


class SASRecModule(SequenceNetwork):
    """The SASRec network: item encoder, learned positions, causal Transformer blocks, tied output layer.

    Inputs are ``(B, L)`` tensors of 1-based item indices (0 = padding, padded
    on the left), ``L <= max_len``. ``forward(seq)`` scores every item after the
    last position; ``forward(seq, targets)`` scores only ``targets`` (0-based),
    which is the form Captum's attribution methods want, and
    ``inputs_embeds`` replaces the item encoder's output (so attributions over
    the input embeddings are possible).
    """

    def __init__(self, item_encoder: ItemEncoder, max_len: int, n_layers: int, n_heads: int, dropout: float,
                 seen_bias: bool = False) -> None:
        super().__init__(item_encoder, seen_bias)
        dim = item_encoder.dim
        self.max_len = max_len
        self.position = nn.Embedding(max_len, dim)
        self.emb_drop = nn.Dropout(dropout)
        self.blocks = nn.ModuleList(TransformerBlock(dim, n_heads, dropout) for _ in range(n_layers))
        self.final_ln = nn.LayerNorm(dim)
        self.scale = math.sqrt(dim)
        self.apply(init_weights)

    def encode(
        self, seq: torch.Tensor, inputs_embeds: torch.Tensor | None = None, *, need_weights: bool = False
    ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Hidden states ``(B, L, d)`` of every position, and the attention weights per layer when asked."""
        n = seq.shape[1]
        x = self.input_embeddings(seq, inputs_embeds)
        valid = seq != 0
        eye = torch.eye(n, dtype=torch.bool, device=seq.device)
        causal = torch.ones(n, n, dtype=torch.bool, device=seq.device).tril()
        # query i sees keys j <= i that are real items; a padding query sees itself (no empty softmax)
        mask = causal & (valid.unsqueeze(1) | eye)
        return self.stack(x, mask, need_weights)

    def stack(self, x: torch.Tensor, mask: torch.Tensor, need_weights: bool) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """The Transformer blocks under ``mask`` and the final layer norm; the weights per layer when asked."""
        weights = []
        for block in self.blocks:
            x, w = block(x, mask)
            if need_weights:
                weights.append(w)
        return self.final_ln(x), weights

    def attention_weights(self, seq: torch.Tensor) -> list[torch.Tensor]:
        """The attention weights ``(B, H, L, L)`` of every layer; the last row is the one behind the scores."""
        return self.encode(seq, need_weights=True)[1]


def init_weights(m: nn.Module) -> None:
    """The sequence networks' initialisation: normal(0, 0.02) embeddings and linear weights, zero biases and
    padding rows."""
    if isinstance(m, nn.Embedding):
        nn.init.normal_(m.weight, std=0.02)
        if m.padding_idx is not None:
            with torch.no_grad():
                m.weight[m.padding_idx].zero_()
    elif isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.02)
        if m.bias is not None:
            nn.init.zeros_(m.bias)
