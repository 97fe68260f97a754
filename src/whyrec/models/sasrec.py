"""SASRec: self-attentive sequential recommendation (Kang & McAuley, ICDM 2018).

A causal Transformer reads the last ``max_len`` items of a user's history and
its final hidden state scores every item (dot product with the item table, which
is shared by input and output). Training, losses and the seen-item offset are
those of every whyrec sequence model (:mod:`whyrec.models.sequence`): one
sequence per user, every position predicts the next item, and the loss is a
full softmax over all items (``loss="ce"``, the strongest published variant,
SASRec+ / "SASRec with cross-entropy", Klenitskiy & Vasilev, RecSys 2023).

Item ids are shifted by one inside the module: row 0 of the item table is the
padding item, item ``i`` is row ``i + 1``. Sequences are padded on the left,
positions are counted from the right (the most recent item always has
position ``max_len - 1``), and padding keys are masked, so padding never
changes a real position's output.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import torch

from whyrec.data.dataset import Histories
from whyrec.errors import check_int
from whyrec.models.nn_sasrec import ItemEncoder, SASRecModule
from whyrec.models.sequence import LOSSES, SequenceRecommender, last_items, prefix_pairs

__all__ = ["LOSSES", "SASRec", "last_items", "prefix_pairs"]


class SASRec(SequenceRecommender):
    """SASRec as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``n_layers``, ``n_heads`` (must divide ``embedding_dim``), plus those of every sequence
    model (:class:`~whyrec.models.sequence.SequenceRecommender`: ``max_len``, ``dropout``, ``loss``,
    ``item_features``, ``text_fields``, ``seen_bias``, ...). The defaults (``embedding_dim`` 128 and 2 heads
    since 2026-12-07: better validation NDCG@10 than 64 and 1 on Beauty, ML-100K and the sample shop alike, see
    ``benchmarks/results/accuracy.md``) are one recipe for every dataset.

    For explainers: :meth:`attention` returns the attention weights of a sequence, :meth:`input_sequence` the
    items they refer to, and ``module_(seq, targets, inputs_embeds=...)`` is a differentiable score (attribute
    over ``module_.item_encoder`` with Captum's ``LayerIntegratedGradients``); :meth:`history_tensor` builds
    ``seq``.
    """

    key = "sasrec"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        **SequenceRecommender.search_space,
        "n_layers": ("int", 1, 3),
    }
    self_attention = True  # capabilities (models/capabilities.py): SequenceEncoder (inherited) and SelfAttention

    def __init__(
        self,
        *,
        max_len: int | str = 50,
        n_layers: int = 2,
        n_heads: int = 2,
        dropout: float = 0.3,
        embedding_dim: int = 128,
        **params: Any,
    ) -> None:
        super().__init__(max_len=max_len, dropout=dropout, embedding_dim=embedding_dim, **params)
        self.n_layers = n_layers
        self.n_heads = n_heads

    # ------------------------------------------------------------ parameters
    def _check_params(self) -> None:
        super()._check_params()
        check_int("n_layers", self.n_layers, 1, 64)
        check_int("n_heads", self.n_heads, 1, self.embedding_dim)
        if self.embedding_dim % self.n_heads:
            raise ValueError(f"n_heads must divide embedding_dim={self.embedding_dim}; got {self.n_heads!r}")

    # ------------------------------------------------------------ building
    def _network(self, encoder: ItemEncoder, seen: bool) -> SASRecModule:
        return SASRecModule(encoder, self.max_len, self.n_layers, self.n_heads, float(self.dropout), seen)

    # ------------------------------------------------------------ explainer support
    def attention(self, user_or_history: Any, *, histories: Histories | None = None) -> list[np.ndarray]:
        """Attention weights of every layer: one ``(n_heads, L, L)`` array per layer, rows = queries.

        ``L`` is the length of :meth:`input_sequence` (padding is left out);
        row ``i`` holds how much position ``i`` attends to positions ``0..i``
        (each row sums to 1). The last row is the one behind the scores.
        """
        seq = self.input_sequence(user_or_history, histories=histories)
        if len(seq) == 0:
            return [np.zeros((self.n_heads, 0, 0), dtype=np.float32) for _ in range(self.n_layers)]
        self.module_.eval()
        with torch.no_grad():
            x = torch.as_tensor(seq + 1, dtype=torch.long, device=self.device_).unsqueeze(0)
            weights = self.module_.attention_weights(x)
        return [w[0].float().cpu().numpy() for w in weights]
