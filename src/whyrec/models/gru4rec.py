"""GRU4Rec: session-based recommendation with recurrent neural networks (Hidasi et al., ICLR 2016).

A GRU reads the last ``max_len`` items of a history and its final output, projected back to the embedding
size, scores every item against the (tied) item table. Training is that of every whyrec sequence model
(:mod:`whyrec.models.sequence`): one sequence per user, every position predicts the next item, with the full
softmax cross-entropy over all items (``loss="ce"``), as SASRec's training here and as the re-evaluations of
GRU4Rec recommend (Hidasi & Czapp, RecSys 2023: cross-entropy over all items, not the sampled TOP1/BPR losses of
the first paper). Attribute and text inputs, the seen-item offset and the explainers' access are shared with
SASRec, so integrated gradients and every model-agnostic method explain it with no special case.
"""

from __future__ import annotations

from typing import Any, ClassVar

from whyrec.errors import check_int
from whyrec.models.nn_gru4rec import GRU4RecModule
from whyrec.models.nn_sasrec import ItemEncoder
from whyrec.models.sequence import SequenceRecommender

__all__ = ["GRU4Rec"]


class GRU4Rec(SequenceRecommender):
    """GRU4Rec as a whyrec Recommender (see the module docstring).

    Hyper-parameters: ``n_layers`` (GRU layers, hidden size ``embedding_dim``), plus those of every sequence
    model (:class:`~whyrec.models.sequence.SequenceRecommender`: ``max_len``, ``dropout`` (on the input
    embeddings), ``loss``, ``item_features``, ``text_fields``, ``seen_bias``, ...).

    ``learning_rate`` defaults to 1e-2, not the 1e-3 of SASRec: chosen on validation NDCG@10 (MovieLens-100K
    loo-full: 0.0373 at 1e-3, 0.0387 at 3e-3, 0.1138 at 1e-2; sample shop: 0.2019 at 1e-3, 0.2124 at 1e-2, in
    a fifth of the epochs). At 1e-3 the GRU sits on a popularity-like plateau long enough for early stopping.
    Searched again across Beauty, MovieLens-100K and the shop together (``benchmarks/defaults_search.py gru4rec``):
    3e-3 loses a third on MovieLens-100K, and dropout 0.5 against 0.3 is a wash (+0.6% geometric mean), so both
    stay.
    """

    key = "gru4rec"
    search_space: ClassVar[dict[str, tuple[Any, ...]]] = {
        **SequenceRecommender.search_space,
        "n_layers": ("int", 1, 2),
    }

    def __init__(
        self,
        *,
        max_len: int | str = 50,
        n_layers: int = 1,
        dropout: float = 0.3,
        learning_rate: float = 1e-2,
        **params: Any,
    ) -> None:
        super().__init__(max_len=max_len, dropout=dropout, learning_rate=learning_rate, **params)
        self.n_layers = n_layers

    def _check_params(self) -> None:
        super()._check_params()
        check_int("n_layers", self.n_layers, 1, 16)

    def _network(self, encoder: ItemEncoder, seen: bool) -> GRU4RecModule:
        return GRU4RecModule(encoder, self.max_len, self.n_layers, float(self.dropout), seen)
