"""What a model can offer an explainer, declared by the model and required by the explainer.

A model class declares a capability with a class attribute of :class:`~whyrec.models.base.Recommender`
(``additive``, ``sequence_encoder``, ``self_attention``, ``feature_fields``) and provides the methods of the
matching protocol below; an explainer asks :func:`has` and then calls those methods, never naming a model class.
A new model (a GRU4Rec, a BERT4Rec) that declares ``sequence_encoder = True`` and provides
:class:`SequenceEncoder` is explained by integrated gradients with no change in ``explain/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    import torch

__all__ = [
    "ADDITIVE_KINDS", "AdditiveHistory", "DotProduct", "FeatureFields", "SelfAttention", "SequenceEncoder", "has",
]

#: the exact decompositions a model may declare as ``additive``: ``"item_weights"`` (the score is the sum of
#: per-history-item weights, :meth:`AdditiveHistory.history_weights`), ``"factors"`` (a dot product of a user
#: factor and an item factor plus an item bias, with ``module_.user``, ``module_.item``, ``module_.item_bias``)
ADDITIVE_KINDS: tuple[str, ...] = ("item_weights", "factors")


class AdditiveHistory(Protocol):
    """``additive = "item_weights"``: the score of item ``i`` is the sum of ``history_weights(history, i)``."""

    def history_weights(self, history: np.ndarray, item: int) -> np.ndarray:
        """The weight of each item of ``history`` (internal indices) in the score of ``item``."""
        ...


class SequenceEncoder(Protocol):
    """``sequence_encoder = True``: a Transformer-style encoder of the ordered history whose input is item
    embeddings plus position embeddings (``module_.item_encoder``, ``module_.position``, ``module_.emb_drop``,
    ``module_.encode``, ``module_.seen_offset``, ``module_.scale``), with the history as a 1-based tensor."""

    module_: Any

    def history_tensor(self, histories: list[np.ndarray]) -> torch.Tensor:
        """The padded ``(n, L)`` tensor of 1-based items the encoder reads for histories of internal indices."""
        ...


class SelfAttention(Protocol):
    """``self_attention = True``: per-layer, per-head attention weights over the history positions."""

    def input_sequence(self, history: np.ndarray) -> np.ndarray:
        """The (truncated) history the model attends over, oldest first."""
        ...

    def attention(self, history: np.ndarray) -> Any:
        """The attention weights of the last position over ``input_sequence(history)``."""
        ...


class FeatureFields(Protocol):
    """``feature_fields = True``: a model of user and item feature fields (FM, DeepFM, NFM) that encodes
    (user, item) pairs into field slots (``encode_pairs``, ``pair_features``, ``fieldmap_``)."""

    fieldmap_: Any

    def encode_pairs(self, users: np.ndarray, items: np.ndarray) -> Any:
        """The field slots of each (user, item) pair."""
        ...


class DotProduct(Protocol):
    """``dot_product = True``: the score of item ``i`` is ``query_vectors(...) @ retrieval_vectors()[i]``, plus,
    for the items of the user's own (truncated) history only, a model-specific term; so an inner-product index over
    the item vectors finds the best unseen items (:class:`whyrec.models.retrieval.AnnIndex`), and
    ``score_candidates`` gives the model's exact score of chosen items."""

    def query_vectors(self, users: np.ndarray, histories: Any) -> np.ndarray:
        """One float32 vector per internal user index, from ``histories`` where the model reads them."""
        ...

    def retrieval_vectors(self) -> np.ndarray:
        """One float32 vector per item (``n_items x d``), the other side of the product."""
        ...

    def score_candidates(self, users: np.ndarray, histories: Any, candidates: np.ndarray,
                         queries: np.ndarray | None = None) -> np.ndarray:
        """The exact scores ``(len(users), m)`` of the internal items ``candidates`` (``len(users) x m``);
        ``queries``, the users' :meth:`query_vectors` when the caller has them, may spare recomputing them."""
        ...


def has(model: Any, capability: str) -> bool:
    """Whether ``model`` declares ``capability`` (``"additive"``, ``"sequence_encoder"``, ``"self_attention"``,
    ``"feature_fields"``, ``"dot_product"`` or ``"text_similarity"``: scores are the text similarity of an item to
    the history, with ``item_text_embeddings()``)."""
    return bool(getattr(type(model), capability, None))
